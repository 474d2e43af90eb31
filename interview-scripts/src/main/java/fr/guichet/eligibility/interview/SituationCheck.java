package fr.guichet.eligibility.interview;

import fr.guichet.eligibility.BenefitResult;
import fr.guichet.eligibility.Conclusion;
import fr.guichet.eligibility.EligibilityEngine;
import fr.guichet.eligibility.ReceivedBenefits;
import fr.guichet.engine.Interview;
import fr.guichet.scenario.ResultsProvider;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The eligibility check of an interview: national benefits (through the situation built from the
 * answers) and local aids, as conclusions, recomputed whenever it is asked (after every answer).
 */
public final class SituationCheck implements ResultsProvider {

  private final EligibilityEngine national;
  private final Function<Interview, List<Conclusion>> local;
  private final java.util.function.BiFunction<Interview, List<Conclusion>, String> router;

  /** {@code local} gives the local aids' conclusions; pass {@code i -> List.of()} for none. */
  public SituationCheck(EligibilityEngine national, Function<Interview, List<Conclusion>> local) {
    this(national, local, (interview, conclusions) -> null);
  }

  /** With a router: the id of the service to see first, given the interview and its conclusions. */
  public SituationCheck(EligibilityEngine national, Function<Interview, List<Conclusion>> local,
      java.util.function.BiFunction<Interview, List<Conclusion>, String> router) {
    this.national = national;
    this.local = local;
    this.router = router;
  }

  @Override
  public String firstService(Interview interview) {
    return router.apply(interview, check(interview));
  }

  public List<Conclusion> check(Interview interview) {
    List<Conclusion> conclusions = new ArrayList<>();
    fr.guichet.eligibility.situation.Situation situation = InterviewSituation.of(interview);
    java.time.YearMonth month = java.time.YearMonth.from(interview.today());
    for (BenefitResult result : national.evaluate(situation, interview.today())) {
      conclusions.add(conclusion(result,
          ReceivedBenefits.of(result.benefit(), situation, month)));
    }
    conclusions.addAll(local.apply(interview));
    return conclusions;
  }

  /** The id scenario files use for a national benefit: rsa, prime_activite, aah… */
  public static String idOf(fr.guichet.eligibility.Benefit benefit) {
    return benefit.name().toLowerCase(Locale.ROOT);
  }

  private static Conclusion conclusion(BenefitResult result, Optional<BigDecimal> received) {
    return new Conclusion(idOf(result.benefit()), result.benefit().label(), false, result.status(), result.monthlyAmount(), "",
        result.reasons(), result.missingFacts(), result.documents(), result.handledBy(), "", received);
  }

  @Override
  public Map<String, String> statuses(Interview interview) {
    Map<String, String> statuses = new LinkedHashMap<>();
    for (Conclusion conclusion : check(interview)) statuses.put(conclusion.id(), conclusion.statusWord());
    return statuses;
  }

  @Override
  public Map<String, BigDecimal> amounts(Interview interview) {
    Map<String, BigDecimal> amounts = new LinkedHashMap<>();
    for (Conclusion conclusion : check(interview)) conclusion.monthlyAmount().ifPresent(a -> amounts.put(conclusion.id(), a));
    return amounts;
  }
}
