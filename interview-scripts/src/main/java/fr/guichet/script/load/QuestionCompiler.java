package fr.guichet.script.load;

import com.fasterxml.jackson.databind.JsonNode;
import fr.guichet.expr.CompiledExpression;
import fr.guichet.expr.ExpressionCompiler;
import fr.guichet.expr.Symbols;
import fr.guichet.expr.Truth;
import fr.guichet.expr.ValueType;
import fr.guichet.script.Answer;
import fr.guichet.script.Check;
import fr.guichet.script.Question;
import fr.guichet.script.Section;
import fr.guichet.script.Text;
import fr.guichet.script.load.ScriptCompiler.PendingQuestion;
import fr.guichet.script.load.ScriptFile.CheckFile;
import fr.guichet.script.load.ScriptFile.ItemFile;
import fr.guichet.script.load.ScriptFile.SectionFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Second pass: compiles each question's texts, conditions, checks and skip value, and finds the
 * conditions that read a question asked later or that can never be true.
 */
final class QuestionCompiler {

  private final Problems problems;
  private final Declarations declarations;
  private final ExpressionCompiler expressions;
  private final TextReader texts;
  private final Map<String, CompiledExpression> shared = new HashMap<>();
  private final UnknownScope nothingKnown;
  /** Computed value id -> the names its expression reads. */
  private final Map<String, java.util.Set<String>> computedReads = new HashMap<>();

  QuestionCompiler(Problems problems, Declarations declarations, ExpressionCompiler expressions, TextReader texts,
      List<fr.guichet.script.Computed> computed) {
    this.problems = problems;
    this.declarations = declarations;
    this.expressions = expressions;
    this.texts = texts;
    this.nothingKnown = new UnknownScope(declarations);
    for (fr.guichet.script.Computed value : computed) computedReads.put(value.id(), value.expression().names());
  }

  List<Section> compile(ScriptFile file, List<PendingQuestion> pending) {
    List<Section> sections = new ArrayList<>();
    List<SectionFile> files = ScriptCompiler.sections(file);
    for (int s = 0; s < files.size(); s++) {
      SectionFile section = files.get(s);
      String pointer = "/sections/" + s;
      Text title = texts.read(section.title(), pointer + "/title", true);
      List<Question> questions = new ArrayList<>();
      for (PendingQuestion question : pending) {
        if (question.section() != s) continue;
        Question compiled = question(question, section.id(), section.when() == null ? null : pointer + "/when", section.when());
        if (compiled != null) questions.add(compiled);
      }
      if (title != null && section.id() != null) sections.add(new Section(section.id(), title, questions));
    }
    return sections;
  }

  private Question question(PendingQuestion pending, String sectionId, String sectionPointer, String sectionWhen) {
    ItemFile item = pending.item();
    Symbols scope = pending.perMember() ? declarations.perMember() : declarations.topLevel();
    Text label = texts.read(item.label(), pending.pointer() + "/label", true);
    Text help = texts.read(item.help(), pending.pointer() + "/help", false);
    List<CompiledExpression> conditions = new ArrayList<>();
    addCondition(conditions, sectionWhen, sectionPointer, declarations.topLevel(), pending);
    addCondition(conditions, pending.blockWhen(), pending.blockPointer(), declarations.perMember(), pending);
    addCondition(conditions, item.when(), pending.pointer() + "/when", scope, pending);
    List<Check> checks = checks(item, pending.pointer(), scope);
    Map<String, Text> byRole = labelsByRole(item, pending);
    Answer ifSkipped = ifSkipped(item.ifSkipped(), pending);
    if (label == null) return null;
    return new Question(item.id(), sectionId, pending.type(), label, byRole, help, Boolean.TRUE.equals(item.allowUnknown()),
        pending.perMember(), pending.blockPointer(), conditions, checks, ifSkipped);
  }

  private void addCondition(List<CompiledExpression> conditions, String source, String pointer, Symbols scope,
      PendingQuestion pending) {
    if (source == null) return;
    CompiledExpression condition = shared.computeIfAbsent(pointer, p -> compileAt(source, p, scope, ValueType.BOOLEAN));
    if (condition == null) return;
    conditions.add(condition);
    checkOrder(condition, pointer, pending);
    if (condition.truth(nothingKnown) == Truth.FALSE) {
      problems.at(pointer, "la question « " + pending.item().id() + " » ne peut jamais être posée : sa condition est toujours fausse");
    }
  }

  /**
   * A condition that reads a question asked at or after this one, directly or through computed
   * values, would always be unknown here; reading the question itself would loop for ever.
   */
  private void checkOrder(CompiledExpression condition, String pointer, PendingQuestion pending) {
    Map<String, String> read = new LinkedHashMap<>();
    readThroughComputed(condition.names(), null, read);
    read.forEach((field, through) -> declarations.get(field).ifPresent(declaration -> {
      if (!declaration.computed() && declaration.order() >= pending.order()) {
        problems.at(pointer, "la condition de « " + pending.item().id() + " » lit « " + field + " »"
            + (through == null ? "" : " (par la valeur calculée « " + through + " »)")
            + ", qui est demandé" + (declaration.order() == pending.order() ? "e ici même" : "e plus loin")
            + " : déplacez la question ou la condition");
      }
    }));
  }

  /** Every name read, with the first computed value it was read through (null when read directly). */
  private void readThroughComputed(java.util.Set<String> names, String through, Map<String, String> read) {
    for (String name : names) {
      String field = name.contains(".") ? name.substring(name.indexOf('.') + 1) : name;
      if (read.containsKey(field)) continue;
      read.put(field, through);
      java.util.Set<String> inner = computedReads.get(field);
      if (inner != null) readThroughComputed(inner, through == null ? field : through, read);
    }
  }

  private List<Check> checks(ItemFile item, String pointer, Symbols scope) {
    List<Check> checks = new ArrayList<>();
    if (item.checks() == null) return checks;
    for (int i = 0; i < item.checks().size(); i++) {
      CheckFile check = item.checks().get(i);
      String at = pointer + "/checks/" + i;
      if (check.rule() == null) {
        problems.at(at, "une vérification (checks) a besoin d'une règle (rule)");
        continue;
      }
      CompiledExpression rule = compileAt(check.rule(), at + "/rule", scope, ValueType.BOOLEAN);
      Text message = texts.read(check.message(), at + "/message", true);
      if (rule != null && message != null) checks.add(new Check(rule, message));
    }
    return checks;
  }

  private Map<String, Text> labelsByRole(ItemFile item, PendingQuestion pending) {
    Map<String, Text> byRole = new LinkedHashMap<>();
    if (item.labelByRole() == null) return byRole;
    if (!pending.perMember()) problems.at(pending.pointer() + "/label_by_role", "label_by_role ne sert que dans un bloc for_each_member");
    item.labelByRole().forEach((role, node) -> {
      String at = pending.pointer() + "/label_by_role/" + role;
      if (!declarations.roles().contains(role)) problems.at(at, "rôle inconnu « " + role + " » (rôles : " + declarations.roles() + ")");
      Text text = texts.read(node, at, true);
      if (text != null) byRole.put(role, text);
    });
    return byRole;
  }

  private Answer ifSkipped(JsonNode node, PendingQuestion pending) {
    if (node == null || node.isNull()) return null;
    String stored = node.isBoolean() ? (node.asBoolean() ? "oui" : "non") : node.asText();
    try {
      return pending.type().restore(stored, null);
    } catch (RuntimeException e) {
      problems.at(pending.pointer() + "/if_skipped", "if_skipped « " + stored + " » n'est pas une réponse possible à cette question");
      return null;
    }
  }

  private CompiledExpression compileAt(String source, String pointer, Symbols symbols, ValueType expected) {
    ExpressionCompiler.Result result = expressions.compile(source, symbols, expected);
    result.problems().forEach(problem -> problems.inExpression(pointer, problem));
    return result.expression();
  }
}
