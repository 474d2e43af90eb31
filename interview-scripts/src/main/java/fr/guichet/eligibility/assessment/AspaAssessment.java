package fr.guichet.eligibility.assessment;

import fr.guichet.eligibility.Benefit;
import fr.guichet.eligibility.BenefitResult;
import fr.guichet.eligibility.Euros;
import fr.guichet.eligibility.national.Aspa;
import fr.guichet.eligibility.national.Money;
import fr.guichet.eligibility.parameters.LegalParameters;
import fr.guichet.eligibility.situation.Nationality;
import fr.guichet.eligibility.situation.Situation;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** ASPA (minimum vieillesse) for the interview path. */
public final class AspaAssessment implements BenefitAssessment {
  @Override
  public Benefit benefit() {
    return Benefit.ASPA;
  }

  @Override
  public java.util.List<fr.guichet.script.facts.SituationFact> reads() {
    return java.util.List.of(fr.guichet.script.facts.FactVocabulary.DATE_NAISSANCE, fr.guichet.script.facts.FactVocabulary.NATIONALITE, fr.guichet.script.facts.FactVocabulary.TITRE_SEJOUR_ANNEES, fr.guichet.script.facts.FactVocabulary.INAPTE_TRAVAIL);
  }

  @Override
  public BenefitResult assess(Situation s, LocalDate onDate, LegalParameters p) {
    YearMonth m = YearMonth.from(onDate);
    int retirementAge = p.get("aspa.age_legal_retraite", m).setScale(0, java.math.RoundingMode.CEILING).intValue();
    int minAge = p.get("aspa.age_minimum", m).intValue();
    if (s.parents().stream().allMatch(x -> x.isAgeKnown() && x.age(m) < retirementAge)) {
      return BenefitResult.notEligible(benefit(), List.of("L'ASPA est ouverte à partir de " + minAge + " ans (ou de l'âge légal de la retraite, "
          + retirementAge + " ans, en cas d'inaptitude au travail ou de handicap)."));
    }
    Facts facts = new Facts(s).ages(x -> x.role().isParent()).resources(x -> x.role().isParent())
        .eachPerson(x -> x.role().isParent(), x -> x.nationality().isKnown(), "la nationalité")
        .eachPerson(x -> x.role().isParent() && x.nationality().at(m, Nationality.FRENCH) == Nationality.OTHER,
            x -> x.residencePermitYears().isKnown(), "la durée du titre de séjour")
        .eachPerson(x -> x.role().isParent() && x.isAgeKnown() && x.age(m) >= retirementAge && x.age(m) < minAge,
            x -> x.unfitForWork().isKnown(), "l'inaptitude au travail reconnue");
    if (!facts.complete()) {
      return BenefitResult.cannotTell(benefit(), List.of("Il manque des réponses pour estimer l'ASPA."), facts.missing(), Documents.ASPA);
    }
    Aspa.Computation c = Aspa.compute(s, m, p);
    if (c.eligibleParents() == 0) {
      return BenefitResult.notEligible(benefit(), List.of("Les conditions d'âge ou de séjour de l'ASPA ne sont pas remplies."));
    }
    String resources = "Vos ressources des 3 derniers mois, " + Euros.format(Money.displayed(c.resources())) + " par mois, sont comparées au plafond de "
        + Euros.format(Money.displayed(c.ceiling())) + " par mois.";
    if (c.amount().signum() > 0) {
      return BenefitResult.likely(benefit(), Money.displayed(c.amount()), List.of(resources, "L'ASPA complèterait vos ressources jusqu'à ce plafond : "
          + Euros.format(Money.displayed(c.amount())) + " par mois."), Documents.ASPA);
    }
    return BenefitResult.notEligible(benefit(), List.of(resources, "Elles atteignent déjà ce plafond."));
  }
}
