package fr.guichet.script.load;

import fr.guichet.expr.CompiledExpression;
import fr.guichet.expr.ExpressionCompiler;
import fr.guichet.expr.Symbol;
import fr.guichet.expr.ValueType;
import fr.guichet.script.Computed;
import fr.guichet.script.load.Declarations.Declaration;
import fr.guichet.script.load.ScriptFile.ComputedFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Compiles computed values in dependency order, so each one knows the types of those it reads;
 * what is left when no more can be compiled reads itself through a cycle.
 */
final class ComputedCompiler {

  private record Pending(ComputedFile file, String pointer, boolean perMember) {}

  private final Problems problems;
  private final Declarations declarations;
  private final ExpressionCompiler expressions;
  private final List<Computed> result = new ArrayList<>();

  ComputedCompiler(Problems problems, Declarations declarations, ExpressionCompiler expressions) {
    this.problems = problems;
    this.declarations = declarations;
    this.expressions = expressions;
  }

  List<Computed> result() {
    return result;
  }

  void compile(ScriptFile file) {
    Map<String, Pending> pending = new LinkedHashMap<>();
    collect(file.computed(), "/computed", false, pending);
    if (file.household() != null) collect(file.household().computed(), "/household/computed", true, pending);
    boolean progress = true;
    while (!pending.isEmpty() && progress) {
      progress = false;
      for (Pending next : List.copyOf(pending.values())) {
        if (waitsFor(next, pending)) continue;
        pending.remove(next.file().id());
        compileOne(next);
        progress = true;
      }
    }
    for (Pending cyclic : pending.values()) {
      problems.at(cyclic.pointer() + "/value", "la valeur calculée « " + cyclic.file().id()
          + " » dépend d'elle-même par un cycle (" + String.join(", ", pending.keySet()) + ")");
    }
  }

  private void collect(List<ComputedFile> files, String base, boolean perMember, Map<String, Pending> pending) {
    if (files == null) return;
    for (int i = 0; i < files.size(); i++) {
      ComputedFile file = files.get(i);
      String pointer = base + "/" + i;
      if (file.id() == null || !ScriptCompiler.ID.matcher(file.id()).matches()) {
        problems.at(pointer, "valeur calculée sans identifiant (id) valide");
      } else if (declarations.has(file.id()) || pending.containsKey(file.id()) || ScriptCompiler.RESERVED.contains(file.id())) {
        problems.at(pointer + "/id", "identifiant « " + file.id() + " » déjà utilisé (ou réservé)");
      } else if (file.value() == null) {
        problems.at(pointer, "valeur calculée « " + file.id() + " » sans expression (value)");
      } else {
        pending.put(file.id(), new Pending(file, pointer, perMember));
      }
    }
  }

  /** Whether this value reads another computed value not compiled yet. */
  private boolean waitsFor(Pending next, Map<String, Pending> pending) {
    for (String name : ExpressionCompiler.namesOf(next.file().value())) {
      String field = name.contains(".") ? name.substring(name.indexOf('.') + 1) : name;
      if (pending.containsKey(field)) return true;
    }
    return false;
  }

  private void compileOne(Pending next) {
    ValueType expected = expectedType(next);
    ExpressionCompiler.Result compiled = expressions.compile(next.file().value(),
        next.perMember() ? declarations.perMember() : declarations.topLevel(), expected);
    compiled.problems().forEach(problem -> problems.inExpression(next.pointer() + "/value", problem));
    CompiledExpression expression = compiled.expression();
    ValueType type = expression == null ? (expected == ValueType.ANY ? ValueType.ANY : expected) : expression.type();
    declarations.add(new Declaration(next.file().id(), next.perMember(), true, Symbol.of(type), -1, next.pointer()));
    if (expression != null) result.add(new Computed(next.file().id(), expression, next.perMember()));
  }

  private ValueType expectedType(Pending next) {
    String type = next.file().type();
    if (type == null) return ValueType.ANY;
    return switch (type.toLowerCase(Locale.ROOT)) {
      case "number", "integer", "money" -> ValueType.NUMBER;
      case "yes_no", "boolean" -> ValueType.BOOLEAN;
      case "date" -> ValueType.DATE;
      case "text" -> ValueType.TEXT;
      default -> {
        problems.at(next.pointer() + "/type", "type de valeur calculée inconnu « " + type + " » (number, money, yes_no, date, text)");
        yield ValueType.ANY;
      }
    };
  }
}
