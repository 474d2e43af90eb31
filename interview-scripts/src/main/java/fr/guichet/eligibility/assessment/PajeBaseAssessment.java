package fr.guichet.eligibility.assessment;

import fr.guichet.eligibility.Benefit;
import fr.guichet.eligibility.BenefitResult;
import fr.guichet.eligibility.Euros;
import fr.guichet.eligibility.national.Money;
import fr.guichet.eligibility.national.PajeBase;
import fr.guichet.eligibility.parameters.LegalParameters;
import fr.guichet.eligibility.situation.Role;
import fr.guichet.eligibility.situation.Situation;
import fr.guichet.script.facts.FactVocabulary;
import fr.guichet.script.facts.SituationFact;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** PAJE allocation de base for the interview path; the amount shown is net of the 0.5 % CRDS. */
public final class PajeBaseAssessment implements BenefitAssessment {
  @Override
  public Benefit benefit() {
    return Benefit.PAJE_BASE;
  }

  @Override
  public List<SituationFact> reads() {
    return List.of(FactVocabulary.DATE_NAISSANCE, FactVocabulary.REVENU_FISCAL_REFERENCE);
  }

  @Override
  public BenefitResult assess(Situation s, LocalDate onDate, LegalParameters p) {
    YearMonth m = YearMonth.from(onDate);
    int limit = p.get("paje.age_limite", m).intValue();
    boolean anyAgeUnknown = s.children().stream().anyMatch(c -> !c.isAgeKnown());
    if (s.children().isEmpty() || (!anyAgeUnknown && s.children().stream().noneMatch(c -> c.age(m) < limit))) {
      return BenefitResult.notEligible(benefit(), List.of("L'allocation de base de la PAJE est versée pour un enfant de moins de "
          + limit + " ans : aucun enfant de cet âge n'est déclaré."));
    }
    Facts facts = new Facts(s).ages(x -> x.role() == Role.ENFANT).resources(x -> x.role().isParent());
    if (!facts.complete()) {
      return BenefitResult.cannotTell(benefit(), List.of("Il manque des réponses pour estimer l'allocation de base de la PAJE."),
          facts.missing(), Documents.PAJE);
    }
    PajeBase.Computation c = PajeBase.compute(s, m, p);
    String income = "Vos revenus de l'année " + (m.getYear() - 2) + " : " + Euros.format(Money.displayed(c.resources())) + " après abattement";
    if (c.amount().signum() == 0) {
      return BenefitResult.notEligible(benefit(), List.of(income + ", au-dessus du plafond de " + Euros.format(Money.displayed(c.partialCeiling()))
          + " pour votre famille."));
    }
    BigDecimal net = Money.displayed(c.amount().multiply(BigDecimal.ONE.subtract(p.get("af.crds", m))));
    String rate = c.amount().compareTo(c.fullAmount()) == 0
        ? ", sous le plafond du taux plein (" + Euros.format(Money.displayed(c.fullCeiling())) + ") : taux plein."
        : ", entre les plafonds du taux plein et du taux partiel : la moitié du montant.";
    return BenefitResult.likely(benefit(), net, List.of("Un enfant de moins de " + limit + " ans ouvre droit à l'allocation de base, "
        + "jusqu'au mois avant ses " + limit + " ans.", income + rate, "Montant estimé : " + Euros.format(net) + " par mois, après CRDS."),
        Documents.PAJE);
  }
}
