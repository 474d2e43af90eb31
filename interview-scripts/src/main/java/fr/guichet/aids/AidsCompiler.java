package fr.guichet.aids;

import fr.guichet.aids.AidsFile.AidFile;
import fr.guichet.aids.AidsFile.ComputedFile;
import fr.guichet.aids.AidsFile.ConditionFile;
import fr.guichet.aids.AidsFile.DatedValueFile;
import fr.guichet.eligibility.parameters.DatedValue;
import fr.guichet.eligibility.parameters.ParameterSeries;
import fr.guichet.expr.CompiledExpression;
import fr.guichet.expr.ExpressionCompiler;
import fr.guichet.expr.Symbol;
import fr.guichet.expr.Symbols;
import fr.guichet.expr.SymbolsWithNames;
import fr.guichet.expr.ValueType;
import fr.guichet.script.Script;
import fr.guichet.script.load.Problems;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a bound aids file into {@link LocalAids}, compiling every expression against the names of
 * the interview script (extended with the file's parameters and computed values) and recording
 * every problem with its position rather than stopping at the first.
 */
final class AidsCompiler {

  static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");

  private final Problems problems;
  private final Script script;
  private final ExpressionCompiler expressions = new ExpressionCompiler();
  private final Map<String, Symbol> shared = new LinkedHashMap<>();
  private final Set<String> names = new HashSet<>();
  private final Map<String, Set<String>> computedNames = new LinkedHashMap<>();

  AidsCompiler(Problems problems, Script script) {
    this.problems = problems;
    this.script = script;
  }

  LocalAids compile(AidsFile file) {
    Map<String, ParameterSeries> parameters = parameters(file.parameters(), "/parameters", shared);
    List<LocalAids.NamedValue> computed = computed(file.computed());
    List<LocalAid> aids = new ArrayList<>();
    List<AidFile> aidFiles = file.aids() == null ? List.of() : file.aids();
    if (aidFiles.isEmpty()) problems.at("/aids", "aucune aide : ajoutez une liste « aids »");
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < aidFiles.size(); i++) {
      LocalAid aid = aid(aidFiles.get(i), "/aids/" + i, ids);
      if (aid != null) aids.add(aid);
    }
    if (problems.any()) return null;
    return new LocalAids(file.version() == null ? "" : file.version(), parameters, computed, aids,
        new QuestionsRead(script, computedNames));
  }

  /** The parameters of a mapping; each well-named one is declared in {@code symbols}, even with bad values. */
  private Map<String, ParameterSeries> parameters(Map<String, List<DatedValueFile>> files, String pointer,
      Map<String, Symbol> symbols) {
    Map<String, ParameterSeries> parameters = new LinkedHashMap<>();
    if (files == null) return parameters;
    files.forEach((name, values) -> {
      String at = pointer + "/" + name;
      if (!declare(name, at + "#key")) return;
      symbols.put(name, Symbol.of(ValueType.NUMBER));
      ParameterSeries series = series(name, values, at);
      if (series != null) parameters.put(name, series);
    });
    return parameters;
  }

  private ParameterSeries series(String name, List<DatedValueFile> values, String pointer) {
    if (values == null || values.isEmpty()) {
      problems.at(pointer, "le paramètre « " + name + " » n'a aucune valeur : ajoutez {from: AAAA-MM-JJ, value: …, reference: …}");
      return null;
    }
    List<DatedValue> dated = new ArrayList<>();
    Set<LocalDate> dates = new HashSet<>();
    for (int i = 0; i < values.size(); i++) {
      DatedValueFile value = values.get(i);
      String at = pointer + "/" + i;
      LocalDate from = date(value.from(), at + "/from");
      if (value.value() == null) problems.at(at, "valeur manquante (value)");
      if (value.reference() == null || value.reference().isBlank()) {
        problems.at(at, "référence manquante : nommez le texte qui fixe cette valeur (délibération, article…)");
      }
      if (from != null && !dates.add(from)) problems.at(at + "/from", "deux valeurs à la même date " + from);
      if (from != null && value.value() != null) dated.add(new DatedValue(from, value.value(), value.reference()));
    }
    return dated.size() == values.size() ? new ParameterSeries(name, "", dated) : null;
  }

  private LocalDate date(String text, String pointer) {
    if (text == null) {
      problems.at(pointer, "date d'effet manquante (from: AAAA-MM-JJ)");
      return null;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      problems.at(pointer, "date « " + text + " » illisible : écrivez AAAA-MM-JJ, par exemple 2026-01-01");
      return null;
    }
  }

  private List<LocalAids.NamedValue> computed(List<ComputedFile> files) {
    List<LocalAids.NamedValue> computed = new ArrayList<>();
    if (files == null) return computed;
    for (int i = 0; i < files.size(); i++) {
      ComputedFile file = files.get(i);
      String pointer = "/computed/" + i;
      if (!declare(file.id(), pointer + "/id")) continue;
      CompiledExpression value = compile(file.value(), pointer + "/value", symbols(Map.of()), ValueType.ANY);
      if (value == null) continue;
      shared.put(file.id(), Symbol.of(value.type()));
      computedNames.put(file.id(), value.names());
      computed.add(new LocalAids.NamedValue(file.id(), value));
    }
    return computed;
  }

  private boolean declare(String name, String pointer) {
    if (name == null || !ID.matcher(name).matches()) {
      problems.at(pointer, "nom manquant ou invalide : minuscules, chiffres et _, en commençant par une lettre");
      return false;
    }
    if (script.names().lookup(name).isPresent() || !names.add(name)) {
      problems.at(pointer, "le nom « " + name + " » est déjà pris (question, valeur calculée ou paramètre) : choisissez-en un autre");
      return false;
    }
    return true;
  }

  private LocalAid aid(AidFile file, String pointer, Set<String> ids) {
    if (file.id() == null || !ID.matcher(file.id()).matches()) {
      problems.at(pointer + "/id", "identifiant de l'aide (id) manquant ou invalide : minuscules, chiffres et _");
    } else if (!ids.add(file.id())) {
      problems.at(pointer + "/id", "l'identifiant « " + file.id() + " » est déjà utilisé par une autre aide");
    }
    String name = required(file.name(), pointer + "/name", "name");
    String explanation = required(file.explanation(), pointer + "/explanation", "explanation");
    Map<String, Symbol> own = new LinkedHashMap<>();
    Map<String, ParameterSeries> parameters = parameters(file.parameters(), pointer + "/parameters", own);
    Symbols symbols = symbols(own);
    List<AidCondition> conditions = conditions(file.conditions(), pointer + "/conditions", symbols);
    Optional<CompiledExpression> monthly = Optional.empty();
    Template note = template("", pointer + "/amount/note", symbols);
    if (file.amount() == null) {
      problems.at(pointer, "montant manquant : ajoutez amount avec monthly (expression) ou note (« décision de la commission »)");
    } else {
      if (file.amount().monthly() != null) {
        monthly = Optional.ofNullable(compile(file.amount().monthly(), pointer + "/amount/monthly", symbols, ValueType.NUMBER));
      }
      if (file.amount().monthly() == null && file.amount().note() == null) problems.at(pointer + "/amount", "donnez monthly, note ou les deux");
      note = template(file.amount().note(), pointer + "/amount/note", symbols);
    }
    List<String> documents = file.documents() == null ? List.of() : file.documents();
    if (documents.isEmpty()) problems.at(pointer, "liste des pièces à apporter (documents) manquante ; écrivez « Aucun document » s'il n'en faut pas");
    String handledBy = required(file.handledBy(), pointer + "/handled_by", "handled_by");
    String service = required(file.service(), pointer + "/service", "service");
    if (problems.any()) return null;
    return new LocalAid(file.id(), name, explanation, conditions, monthly, note, parameters, documents, handledBy, service);
  }

  private List<AidCondition> conditions(List<ConditionFile> files, String pointer, Symbols symbols) {
    List<AidCondition> conditions = new ArrayList<>();
    if (files == null || files.isEmpty()) {
      problems.at(pointer, "aucune condition (conditions) : une aide a au moins une condition");
      return conditions;
    }
    QuestionsRead read = new QuestionsRead(script, computedNames);
    for (int i = 0; i < files.size(); i++) {
      ConditionFile file = files.get(i);
      String at = pointer + "/" + i;
      CompiledExpression rule = compile(file.rule(), at + "/rule", symbols, ValueType.BOOLEAN);
      required(file.met(), at + "/met", "met");
      required(file.notMet(), at + "/not_met", "not_met");
      Template met = template(file.met(), at + "/met", symbols);
      Template notMet = template(file.notMet(), at + "/not_met", symbols);
      if (rule != null) conditions.add(new AidCondition(rule, met, notMet, read.of(rule.names())));
    }
    return conditions;
  }

  private String required(String value, String pointer, String key) {
    if ((value == null || value.isBlank()) && !problems.mistyped(pointer)) problems.at(pointer, "« " + key + " » manquant");
    return value == null ? "" : value.strip();
  }

  private Template template(String text, String pointer, Symbols symbols) {
    return Template.compile(text, symbols, message -> problems.at(pointer, message));
  }

  private CompiledExpression compile(String source, String pointer, Symbols symbols, ValueType expected) {
    if (source == null) {
      if (!problems.mistyped(pointer)) problems.at(pointer, "expression manquante");
      return null;
    }
    ExpressionCompiler.Result result = expressions.compile(source, symbols, expected);
    result.problems().forEach(problem -> problems.inExpression(pointer, problem));
    return result.expression();
  }

  private Symbols symbols(Map<String, Symbol> own) {
    Map<String, Symbol> all = new LinkedHashMap<>(shared);
    all.putAll(own);
    return new SymbolsWithNames(script.names(), all, Map.of());
  }
}
