package fr.guichet.aids;

import com.ezylang.evalex.data.EvaluationValue;
import fr.guichet.eligibility.Conclusion;
import fr.guichet.eligibility.EligibilityStatus;
import fr.guichet.eligibility.parameters.ParameterSeries;
import fr.guichet.engine.Interview;
import fr.guichet.expr.CompiledExpression;
import fr.guichet.expr.Truth;
import fr.guichet.expr.Values;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The check of local aids for one interview: the parameters in force on its date and the file's
 * computed values are worked out once, then each aid's conditions are read with three values.
 */
final class AidCheck {

  private final Interview interview;
  private final QuestionsRead questionsRead;
  private final Map<String, EvaluationValue> names = new HashMap<>();
  /** For each unknown computed value of the file, the names that kept it unknown. */
  private final Map<String, List<String>> unknownComputed = new HashMap<>();
  private MissingQuestions missingQuestions;

  AidCheck(Interview interview, Map<String, ParameterSeries> parameters, List<LocalAids.NamedValue> computed,
      QuestionsRead questionsRead) {
    this.interview = interview;
    this.questionsRead = questionsRead;
    parameters.forEach((name, series) -> names.put(name, inForce(series)));
    for (LocalAids.NamedValue value : computed) {
      CompiledExpression.Outcome outcome = interview.evaluate(value.value(), names);
      names.put(value.id(), outcome.value());
      if (outcome.value().isNullValue()) unknownComputed.put(value.id(), outcome.missing());
    }
  }

  private EvaluationValue inForce(ParameterSeries series) {
    boolean known = !series.values().isEmpty() && !series.values().get(0).from().isAfter(interview.today());
    return known ? Values.of(series.valueAt(interview.today())) : Values.UNKNOWN;
  }

  Conclusion conclude(LocalAid aid) {
    List<String> met = new ArrayList<>();
    List<String> notMet = new ArrayList<>();
    Set<String> missing = new LinkedHashSet<>();
    for (AidCondition condition : aid.conditions()) {
      CompiledExpression.Outcome outcome = interview.evaluate(condition.rule(), names);
      Truth truth = Values.truth(outcome.value());
      if (truth == Truth.TRUE) met.add(render(condition.met()));
      else if (truth == Truth.FALSE) notMet.add(render(condition.notMet()));
      else missing.addAll(missing(outcome.missing(), condition));
    }
    EligibilityStatus status = !notMet.isEmpty() ? EligibilityStatus.NOT_ELIGIBLE
        : missing.isEmpty() ? EligibilityStatus.LIKELY_ELIGIBLE : EligibilityStatus.CANNOT_TELL;
    Optional<BigDecimal> amount = status == EligibilityStatus.LIKELY_ELIGIBLE ? amount(aid) : Optional.empty();
    return new Conclusion(aid.id(), aid.name(), true, status, amount, render(aid.amountNote()),
        status == EligibilityStatus.NOT_ELIGIBLE ? notMet : met, status == EligibilityStatus.CANNOT_TELL ? List.copyOf(missing) : List.of(),
        aid.documents(), aid.handledBy(), aid.serviceId());
  }

  private Optional<BigDecimal> amount(LocalAid aid) {
    if (aid.monthlyAmount().isEmpty()) return Optional.empty();
    EvaluationValue value = interview.evaluate(aid.monthlyAmount().get(), names).value();
    if (!value.isNumberValue()) return Optional.empty();
    // Amounts are shown to the cent, rounded half up as the aid files' euros are.
    return Optional.of(value.getNumberValue().setScale(2, RoundingMode.HALF_UP));
  }

  private String render(Template template) {
    return template.render(expression -> interview.evaluate(expression, names).value());
  }

  /** What to ask to decide a condition, as the questions' French labels. */
  private List<String> missing(List<String> unknownNames, AidCondition condition) {
    Set<String> expanded = new LinkedHashSet<>();
    List<String> parameters = new ArrayList<>();
    expand(unknownNames, expanded, parameters, new LinkedHashSet<>());
    Set<String> questions = expanded.isEmpty() ? condition.questions() : questionsRead.of(expanded);
    if (missingQuestions == null) missingQuestions = new MissingQuestions(interview);
    List<String> labels = new ArrayList<>(missingQuestions.labels(questions));
    for (String parameter : parameters) {
      labels.add("la valeur de « " + parameter + " » en vigueur à cette date (à ajouter au fichier des aides)");
    }
    if (labels.isEmpty()) labels.add("des réponses aux questions qui restent");
    return labels;
  }

  private void expand(List<String> unknownNames, Set<String> expanded, List<String> parameters, Set<String> seen) {
    for (String name : unknownNames) {
      if (!seen.add(name)) continue;
      List<String> inner = unknownComputed.get(name);
      if (inner != null) expand(inner, expanded, parameters, seen);
      else if (names.containsKey(name)) parameters.add(name);
      else expanded.add(name);
    }
  }
}
