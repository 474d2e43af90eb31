package fr.guichet.eligibility.assessment;

import fr.guichet.eligibility.Benefit;
import fr.guichet.eligibility.BenefitResult;
import fr.guichet.eligibility.Euros;
import fr.guichet.eligibility.national.Household;
import fr.guichet.eligibility.national.Money;
import fr.guichet.eligibility.national.PrimeActivite;
import fr.guichet.eligibility.parameters.LegalParameters;
import fr.guichet.eligibility.situation.Person;
import fr.guichet.eligibility.situation.ResourceKind;
import fr.guichet.eligibility.situation.Role;
import fr.guichet.eligibility.situation.Situation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Prime d'activité for the interview path. */
public final class PrimeActiviteAssessment implements BenefitAssessment {
  @Override
  public Benefit benefit() {
    return Benefit.PRIME_ACTIVITE;
  }

  @Override
  public java.util.List<fr.guichet.script.facts.SituationFact> reads() {
    return java.util.List.of(fr.guichet.script.facts.FactVocabulary.DATE_NAISSANCE, fr.guichet.script.facts.FactVocabulary.NATIONALITE, fr.guichet.script.facts.FactVocabulary.ACTIVITE, fr.guichet.script.facts.FactVocabulary.LOGEMENT_STATUT, fr.guichet.script.facts.FactVocabulary.LOGEMENT_LOYER, fr.guichet.script.facts.FactVocabulary.LOGEMENT_AIDE_RECUE, fr.guichet.script.facts.FactVocabulary.LOGEMENT_AIDE_MONTANT, fr.guichet.script.facts.FactVocabulary.ISOLEMENT_RECENT);
  }

  @Override
  public BenefitResult assess(Situation s, LocalDate onDate, LegalParameters p) {
    YearMonth m = YearMonth.from(onDate);
    boolean parentsResourcesKnown = s.parents().stream().allMatch(x -> x.resources().isKnown());
    if (parentsResourcesKnown && activityIncome(s, m).signum() == 0) {
      return BenefitResult.notEligible(benefit(), List.of("La prime d'activité est réservée aux personnes qui travaillent : "
          + "aucun salaire n'est déclaré sur les 3 derniers mois."));
    }
    Facts facts = new Facts(s).ages(x -> true).resources(x -> x.role() != Role.AUTRE)
        .eachPerson(x -> x.role().isParent(), x -> x.nationality().isKnown(), "la nationalité")
        .household(s.housing().status().isKnown(), "votre situation de logement (locataire, propriétaire, hébergé…)")
        .household(s.housing().housingAid().isKnown(), "le montant de l'aide au logement reçue (0 si aucune)");
    if (!facts.complete()) {
      return BenefitResult.cannotTell(benefit(), List.of("Il manque des réponses pour estimer la prime d'activité."), facts.missing(), Documents.PPA);
    }
    PrimeActivite.Computation c = PrimeActivite.compute(s, m, p);
    List<String> reasons = new ArrayList<>();
    reasons.add("Vos revenus d'activité des 3 derniers mois, " + Euros.format(Money.displayed(Money.divide(activityIncome(s, m), 3)))
        + " par mois en moyenne, ouvrent droit à une prime calculée mois par mois.");
    BigDecimal amount = Money.displayed(c.amount());
    if (amount.signum() > 0) {
      reasons.add("La prime estimée est de " + Euros.format(amount) + " par mois (moyenne des 3 derniers mois).");
      return BenefitResult.likely(benefit(), amount, reasons, Documents.PPA);
    }
    reasons.add("Le montant calculé est inférieur à " + Euros.format(p.get("ppa.montant_minimum_verse", m))
        + " par mois : la prime ne serait pas versée.");
    return BenefitResult.notEligible(benefit(), reasons);
  }

  private static BigDecimal activityIncome(Situation s, YearMonth m) {
    BigDecimal total = BigDecimal.ZERO;
    for (Person person : s.persons()) {
      for (YearMonth r : Household.referenceMonths(s, m)) {
        total = total.add(person.income(ResourceKind.WAGES, r)).add(person.income(ResourceKind.APPRENTICE_PAY, r));
      }
    }
    return total;
  }
}
