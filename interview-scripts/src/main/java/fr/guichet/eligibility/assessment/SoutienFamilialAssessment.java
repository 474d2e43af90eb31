package fr.guichet.eligibility.assessment;

import fr.guichet.eligibility.Benefit;
import fr.guichet.eligibility.BenefitResult;
import fr.guichet.eligibility.Euros;
import fr.guichet.eligibility.national.Money;
import fr.guichet.eligibility.national.SoutienFamilial;
import fr.guichet.eligibility.parameters.LegalParameters;
import fr.guichet.eligibility.situation.Role;
import fr.guichet.eligibility.situation.Situation;
import fr.guichet.script.facts.FactVocabulary;
import fr.guichet.script.facts.SituationFact;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** Allocation de soutien familial for the interview path; the amount shown is net of the 0.5 % CRDS. */
public final class SoutienFamilialAssessment implements BenefitAssessment {
  @Override
  public Benefit benefit() {
    return Benefit.SOUTIEN_FAMILIAL;
  }

  @Override
  public List<SituationFact> reads() {
    return List.of(FactVocabulary.DATE_NAISSANCE,
        FactVocabulary.resource(FactVocabulary.ResourceKindFact.PENSION_ALIMENTAIRE, FactVocabulary.ResourcePeriod.MENSUEL));
  }

  @Override
  public BenefitResult assess(Situation s, LocalDate onDate, LegalParameters p) {
    YearMonth m = YearMonth.from(onDate);
    if (s.children().isEmpty()) {
      return BenefitResult.notEligible(benefit(), List.of("L'allocation de soutien familial aide un parent qui élève seul un enfant : "
          + "aucun enfant n'est déclaré dans le foyer."));
    }
    if (s.isCouple()) {
      return BenefitResult.notEligible(benefit(), List.of("L'allocation de soutien familial est réservée à un parent qui vit seul "
          + "avec ses enfants (ni en couple, ni pacsé, ni en concubinage)."));
    }
    Facts facts = new Facts(s).ages(x -> x.role() == Role.ENFANT).resources(x -> x.role().isParent());
    if (!facts.complete()) {
      return BenefitResult.cannotTell(benefit(), List.of("Il manque des réponses pour estimer l'allocation de soutien familial."),
          facts.missing(), Documents.ASF);
    }
    SoutienFamilial.Computation c = SoutienFamilial.compute(s, m, p);
    if (c.children().isEmpty()) {
      return BenefitResult.notEligible(benefit(), List.of("Aucun enfant de moins de "
          + p.get("asf.age_limite", m).intValue() + " ans à charge : l'allocation de soutien familial ne s'applique pas."));
    }
    String perChild = Euros.format(Money.displayed(Money.divide(c.beforeAlimony(), c.children().size())));
    if (c.amount().signum() == 0) {
      return BenefitResult.notEligible(benefit(), List.of(c.children().size() + " enfant(s) ouvriraient droit à " + perChild
          + " chacun par mois, mais la pension alimentaire reçue (" + Euros.format(Money.displayed(c.alimony()))
          + " par mois) atteint ou dépasse ce montant : rien ne serait versé."));
    }
    BigDecimal net = Money.displayed(c.amount().multiply(BigDecimal.ONE.subtract(p.get("af.crds", m))));
    String alimony = c.alimony().signum() > 0
        ? "La pension alimentaire reçue (" + Euros.format(Money.displayed(c.alimony())) + " par mois) est déduite : l'ASF complète la pension."
        : "Aucune pension alimentaire n'est déclarée : l'ASF est versée en entier (la CAF aide aussi à la réclamer à l'autre parent).";
    return BenefitResult.likely(benefit(), net, List.of("Vous élevez seul(e) " + c.children().size() + " enfant(s) de moins de "
        + p.get("asf.age_limite", m).intValue() + " ans : " + perChild + " par enfant et par mois.", alimony,
        "Montant estimé : " + Euros.format(net) + " par mois, après CRDS."), Documents.ASF);
  }
}
