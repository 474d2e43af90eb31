package fr.guichet.eligibility.assessment;

import fr.guichet.eligibility.Benefit;
import fr.guichet.eligibility.BenefitResult;
import fr.guichet.eligibility.national.Apa;
import fr.guichet.eligibility.parameters.LegalParameters;
import fr.guichet.eligibility.situation.Person;
import fr.guichet.eligibility.situation.Situation;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** APA, orientation only: aged 60 or more and losing autonomy (GIR 1 to 4); the amount follows the care plan. */
public final class ApaAssessment implements BenefitAssessment {
  @Override
  public Benefit benefit() {
    return Benefit.APA;
  }

  @Override
  public java.util.List<fr.guichet.script.facts.SituationFact> reads() {
    return java.util.List.of(fr.guichet.script.facts.FactVocabulary.DATE_NAISSANCE, fr.guichet.script.facts.FactVocabulary.PERTE_AUTONOMIE, fr.guichet.script.facts.FactVocabulary.GIR);
  }

  @Override
  public boolean readsResources() {
    return false;
  }

  @Override
  public BenefitResult assess(Situation s, LocalDate onDate, LegalParameters p) {
    YearMonth m = YearMonth.from(onDate);
    List<Person> old = s.parents().stream().filter(x -> x.isAgeKnown() && Apa.oldEnough(x.age(m), m, p)).toList();
    boolean agesKnown = s.parents().stream().allMatch(Person::isAgeKnown);
    if (old.isEmpty() && agesKnown) {
      return BenefitResult.notEligible(benefit(), List.of("L'APA est réservée aux personnes de " + p.get("apa.age_minimum", m).intValue() + " ans ou plus."));
    }
    if (old.stream().anyMatch(x -> x.gir().isKnown() && Apa.dependentEnough(x.gir().at(m), m, p))) {
      return BenefitResult.likely(benefit(), null, List.of("La perte d'autonomie évaluée (GIR 1 à 4) ouvre droit à l'APA.",
          "Son montant dépend du plan d'aide fixé par le département et de vos ressources."), Documents.APA);
    }
    Facts facts = new Facts(s).ages(x -> x.role().isParent()).eachPerson(old::contains, x -> x.gir().isKnown(),
        "l'évaluation de la perte d'autonomie (GIR)");
    if (!facts.complete()) {
      return BenefitResult.cannotTell(benefit(), List.of("L'APA dépend de l'évaluation de la perte d'autonomie faite par le département."),
          facts.missing(), Documents.APA);
    }
    return BenefitResult.notEligible(benefit(), List.of("L'APA demande une perte d'autonomie en GIR 1 à 4 ; "
        + "pour une aide à domicile en GIR 5 ou 6, voyez votre caisse de retraite."));
  }
}
