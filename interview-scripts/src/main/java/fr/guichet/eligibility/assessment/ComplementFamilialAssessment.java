package fr.guichet.eligibility.assessment;

import fr.guichet.eligibility.Benefit;
import fr.guichet.eligibility.BenefitResult;
import fr.guichet.eligibility.Euros;
import fr.guichet.eligibility.national.ComplementFamilial;
import fr.guichet.eligibility.national.Money;
import fr.guichet.eligibility.parameters.LegalParameters;
import fr.guichet.eligibility.situation.Role;
import fr.guichet.eligibility.situation.Situation;
import fr.guichet.script.facts.FactVocabulary;
import fr.guichet.script.facts.SituationFact;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** Complément familial for the interview path; the amount shown is net of the 0.5 % CRDS. */
public final class ComplementFamilialAssessment implements BenefitAssessment {
  @Override
  public Benefit benefit() {
    return Benefit.COMPLEMENT_FAMILIAL;
  }

  @Override
  public List<SituationFact> reads() {
    return List.of(FactVocabulary.DATE_NAISSANCE, FactVocabulary.REVENU_FISCAL_REFERENCE);
  }

  @Override
  public BenefitResult assess(Situation s, LocalDate onDate, LegalParameters p) {
    YearMonth m = YearMonth.from(onDate);
    int minimum = p.get("cf.nombre_enfants_minimum", m).intValue();
    if (s.children().size() < minimum) {
      return BenefitResult.notEligible(benefit(), List.of("Le complément familial demande au moins " + minimum
          + " enfants à charge âgés de 3 ans ou plus."));
    }
    Facts facts = new Facts(s).ages(x -> x.role() == Role.ENFANT).resources(x -> x.role().isParent());
    if (!facts.complete()) {
      return BenefitResult.cannotTell(benefit(), List.of("Il manque des réponses pour estimer le complément familial."),
          facts.missing(), Documents.CF);
    }
    ComplementFamilial.Computation c = ComplementFamilial.compute(s, m, p);
    if (!c.eligibleBeforeIncome()) {
      return BenefitResult.notEligible(benefit(), List.of(c.childrenOpeningRight() + " enfant(s) de 3 ans ou plus à charge : il en faut "
          + minimum + " pour le complément familial."));
    }
    String income = "Vos revenus de l'année " + (m.getYear() - 2) + ", " + Euros.format(Money.displayed(c.resources()))
        + " après abattement, ";
    if (c.excludedByPaje()) {
      return BenefitResult.notEligible(benefit(), List.of("Le complément familial ne se cumule pas avec l'allocation de base de la PAJE, "
          + "qui est plus favorable tant que le plus jeune enfant a moins de 3 ans."));
    }
    if (c.amount().signum() == 0) {
      return BenefitResult.notEligible(benefit(), List.of(income + "dépassent le plafond de " + Euros.format(Money.displayed(c.ceiling()))
          + " pour " + c.childrenAtCharge() + " enfants."));
    }
    BigDecimal net = Money.displayed(c.amount().multiply(BigDecimal.ONE.subtract(p.get("af.crds", m))));
    String level = c.increased().signum() > 0 && c.increased().compareTo(c.base()) >= 0
        ? "sont sous le plafond du montant majoré (" + Euros.format(Money.displayed(c.increasedCeiling())) + ") : montant majoré."
        : c.differential() ? "dépassent un peu le plafond (" + Euros.format(Money.displayed(c.ceiling()))
            + ") : un complément réduit, égal à l'écart, reste dû."
            : "sont sous le plafond de " + Euros.format(Money.displayed(c.ceiling())) + " : montant de base.";
    return BenefitResult.likely(benefit(), net, List.of(c.childrenOpeningRight() + " enfants de 3 ans ou plus à charge ouvrent droit au "
        + "complément familial.", income + level, "Montant estimé : " + Euros.format(net) + " par mois, après CRDS."), Documents.CF);
  }
}
