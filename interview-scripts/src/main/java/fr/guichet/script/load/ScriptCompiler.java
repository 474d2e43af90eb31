package fr.guichet.script.load;

import fr.guichet.expr.CompiledExpression;
import fr.guichet.expr.ExpressionCompiler;
import fr.guichet.expr.Symbol;
import fr.guichet.expr.Symbols;
import fr.guichet.expr.ValueType;
import fr.guichet.script.AnswerType;
import fr.guichet.script.Household;
import fr.guichet.script.MemberRole;
import fr.guichet.script.Script;
import fr.guichet.script.Section;
import fr.guichet.script.Text;
import fr.guichet.script.load.ScriptFile.ItemFile;
import fr.guichet.script.load.ScriptFile.RoleFile;
import fr.guichet.script.load.ScriptFile.SectionFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a bound script file into an immutable {@link Script}, checking everything a CCAS editor
 * can get wrong and recording every problem with its position rather than stopping at the first.
 */
final class ScriptCompiler {

  static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");
  static final Set<String> RESERVED = Set.of("role", "rang", "true", "false");
  private static final int DEFAULT_MAX_MEMBERS = 12;

  private final Problems problems;
  private final Declarations declarations = new Declarations();
  private final ExpressionCompiler expressions = new ExpressionCompiler();
  private final Translations translations;
  private TextReader texts;

  ScriptCompiler(Problems problems) {
    this(problems, Translations.NONE);
  }

  ScriptCompiler(Problems problems, Translations translations) {
    this.problems = problems;
    this.translations = translations;
  }

  /** Missing translations and texts too long for the screen, once compiled. */
  List<TextNote> notes() {
    List<TextNote> notes = new java.util.ArrayList<>(texts == null ? List.of() : texts.notes());
    notes.addAll(translations.notes());
    return notes;
  }

  /** The script, or null when the file has problems (they are in the problem list). */
  Script compile(ScriptFile file, String source) {
    List<String> languages = languages(file);
    texts = new TextReader(languages, problems, translations);
    if (file.id() == null || !file.id().matches("[a-z0-9][a-z0-9-]*")) {
      problems.at("/id", "identifiant du script (id) manquant ou invalide : minuscules, chiffres et tirets");
    }
    if (file.version() == null || file.version().isBlank()) problems.at("/version", "version du script manquante");
    Text title = texts.read(file.title(), "/title", true);
    declareHousehold(file);
    List<PendingQuestion> pending = new QuestionDeclarer(problems, declarations, new TypeFactory(problems, texts)).declare(file);
    ComputedCompiler computed = new ComputedCompiler(problems, declarations, expressions);
    computed.compile(file);
    Household household = household(file);
    List<Section> sections = new QuestionCompiler(problems, declarations, expressions, texts, computed.result()).compile(file, pending);
    fr.guichet.script.facts.ScriptFacts facts = new FactsCompiler(problems).compile(file.facts(), sections, computed.result());
    if (problems.any()) return null;
    return new Script(file.id(), file.version(), title, languages, household, sections, computed.result(), source,
        declarations.topLevel(), facts);
  }

  private List<String> languages(ScriptFile file) {
    List<String> languages = file.languages() == null ? List.of(Text.FRENCH) : file.languages();
    if (!languages.contains(Text.FRENCH)) problems.at("/languages", "le français (fr) doit faire partie des langues");
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < languages.size(); i++) {
      String language = languages.get(i);
      if (!Languages.exists(language)) {
        problems.at("/languages/" + i, "langue « " + language + " » inconnue : un code de deux lettres (ISO 639-1), par exemple en, uk, ar");
      } else if (!seen.add(language)) {
        problems.at("/languages/" + i, "langue « " + language + " » en double");
      }
    }
    return languages;
  }

  private void declareHousehold(ScriptFile file) {
    if (file.household() == null) return;
    String id = file.household().id();
    if (id == null || !ID.matcher(id).matches()) problems.at("/household/id", "le foyer a besoin d'un identifiant (id), par exemple foyer");
    Map<String, Integer> maxByRole = new LinkedHashMap<>();
    List<RoleFile> roles = file.household().members() == null ? List.of() : file.household().members();
    if (roles.isEmpty()) problems.at("/household", "le foyer doit lister ses rôles (members)");
    for (int i = 0; i < roles.size(); i++) {
      RoleFile role = roles.get(i);
      if (role.role() == null || !ID.matcher(role.role()).matches() || maxByRole.containsKey(role.role())) {
        problems.at("/household/members/" + i, "rôle manquant, invalide ou en double");
        continue;
      }
      maxByRole.put(role.role(), maxOf(role));
    }
    declarations.household(id == null ? "foyer" : id, maxByRole);
  }

  private static int maxOf(RoleFile role) {
    if (role.max() != null) return role.max();
    return role.count() == null ? 1 : DEFAULT_MAX_MEMBERS;
  }

  private Household household(ScriptFile file) {
    if (file.household() == null) return null;
    List<MemberRole> roles = new ArrayList<>();
    List<RoleFile> files = file.household().members() == null ? List.of() : file.household().members();
    Symbols top = declarations.topLevel();
    for (int i = 0; i < files.size(); i++) {
      RoleFile role = files.get(i);
      String pointer = "/household/members/" + i;
      Text label = texts.read(role.label(), pointer + "/label", true);
      CompiledExpression count = null;
      if (role.count() != null) count = compileAt(role.count(), pointer + "/count", top, ValueType.NUMBER);
      if (role.max() != null && (role.max() < 1 || role.max() > 30)) problems.at(pointer + "/max", "max doit être entre 1 et 30");
      if (role.role() != null && label != null) roles.add(new MemberRole(role.role(), label, count, maxOf(role)));
    }
    return new Household(declarations.householdId(), roles);
  }

  private CompiledExpression compileAt(String source, String pointer, Symbols symbols, ValueType expected) {
    ExpressionCompiler.Result result = expressions.compile(source, symbols, expected);
    result.problems().forEach(problem -> problems.inExpression(pointer, problem));
    return result.expression();
  }

  /** A question declared in the first pass, compiled in the second once every name is known. */
  record PendingQuestion(ItemFile item, String pointer, int section, boolean perMember, String blockWhen,
      String blockPointer, AnswerType type, int order) {}

  static Symbol symbolOf(AnswerType type) {
    if (type instanceof fr.guichet.script.SingleChoiceType single) {
      return new Symbol(type.valueType(), single.choices().stream().map(c -> c.value()).collect(java.util.stream.Collectors.toSet()));
    }
    if (type instanceof fr.guichet.script.MultipleChoiceType multiple) {
      return new Symbol(type.valueType(), multiple.choices().stream().map(c -> c.value()).collect(java.util.stream.Collectors.toSet()));
    }
    return Symbol.of(type.valueType());
  }

  static List<SectionFile> sections(ScriptFile file) {
    return file.sections() == null ? List.of() : file.sections();
  }
}
