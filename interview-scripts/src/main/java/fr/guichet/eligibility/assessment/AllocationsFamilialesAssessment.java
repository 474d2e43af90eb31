package fr.guichet.eligibility.assessment;

import fr.guichet.eligibility.Benefit;
import fr.guichet.eligibility.BenefitResult;
import fr.guichet.eligibility.Euros;
import fr.guichet.eligibility.national.AllocationsFamiliales;
import fr.guichet.eligibility.national.Household;
import fr.guichet.eligibility.national.Money;
import fr.guichet.eligibility.parameters.LegalParameters;
import fr.guichet.eligibility.situation.Person;
import fr.guichet.eligibility.situation.Situation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** Allocations familiales for the interview path; the amount shown is net of the 0.5 % CRDS. */
public final class AllocationsFamilialesAssessment implements BenefitAssessment {
  @Override
  public Benefit benefit() {
    return Benefit.ALLOCATIONS_FAMILIALES;
  }

  @Override
  public java.util.List<fr.guichet.script.facts.SituationFact> reads() {
    return java.util.List.of(fr.guichet.script.facts.FactVocabulary.DATE_NAISSANCE, fr.guichet.script.facts.FactVocabulary.GARDE_ALTERNEE, fr.guichet.script.facts.FactVocabulary.REVENU_FISCAL_REFERENCE);
  }

  @Override
  public BenefitResult assess(Situation s, LocalDate onDate, LegalParameters p) {
    YearMonth m = YearMonth.from(onDate);
    int minimum = p.get("af.nombre_enfants_minimum", m).intValue();
    if (s.children().size() < minimum) {
      return BenefitResult.notEligible(benefit(), List.of("Les allocations familiales sont versées à partir de " + minimum + " enfants à charge."));
    }
    Facts facts = new Facts(s).ages(x -> x.role() == fr.guichet.eligibility.situation.Role.ENFANT)
        .resources(x -> x.role().isParent() || x.role() == fr.guichet.eligibility.situation.Role.ENFANT);
    if (!facts.complete()) {
      return BenefitResult.cannotTell(benefit(), List.of("Il manque des réponses pour estimer les allocations familiales."), facts.missing(), Documents.AF);
    }
    List<Person> children = Household.familyBenefitChildren(s, m, p);
    if (children.size() < minimum) {
      return BenefitResult.notEligible(benefit(), List.of(children.size() + " enfant(s) à charge au sens des prestations familiales (moins de 20 ans) : il en faut "
          + minimum + "."));
    }
    AllocationsFamiliales.Computation c = AllocationsFamiliales.compute(s, m, p);
    BigDecimal net = Money.displayed(c.amount().multiply(BigDecimal.ONE.subtract(p.get("af.crds", m))));
    String resources = "Vos revenus de l'année " + (m.getYear() - 2) + ", " + Euros.format(Money.displayed(c.resourcesN2()))
        + " après abattement, donnent un taux de " + c.modulationRate().multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString() + " %.";
    return BenefitResult.likely(benefit(), net, List.of(children.size() + " enfants à charge ouvrent droit aux allocations familiales.", resources,
        "Montant estimé : " + Euros.format(net) + " par mois, après CRDS."), Documents.AF);
  }
}
