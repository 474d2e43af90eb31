package fr.guichet.eligibility.assessment;

import fr.guichet.eligibility.Benefit;
import fr.guichet.eligibility.BenefitResult;
import fr.guichet.eligibility.Euros;
import fr.guichet.eligibility.national.Money;
import fr.guichet.eligibility.national.RentreeScolaire;
import fr.guichet.eligibility.parameters.LegalParameters;
import fr.guichet.eligibility.situation.Role;
import fr.guichet.eligibility.situation.Situation;
import fr.guichet.script.facts.FactVocabulary;
import fr.guichet.script.facts.SituationFact;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;

/**
 * Allocation de rentrée scolaire for the interview path, for the school year starting in September of the year of the
 * date. It is paid once (in August), so it carries no monthly amount: the yearly amount, net of CRDS, is in the reasons.
 */
public final class RentreeScolaireAssessment implements BenefitAssessment {
  @Override
  public Benefit benefit() {
    return Benefit.RENTREE_SCOLAIRE;
  }

  @Override
  public List<SituationFact> reads() {
    return List.of(FactVocabulary.DATE_NAISSANCE, FactVocabulary.REVENU_FISCAL_REFERENCE);
  }

  @Override
  public BenefitResult assess(Situation s, LocalDate onDate, LegalParameters p) {
    Year year = Year.from(onDate);
    if (s.children().isEmpty()) {
      return BenefitResult.notEligible(benefit(), List.of("L'allocation de rentrée scolaire est versée pour un enfant de 6 à 18 ans "
          + "scolarisé : aucun enfant n'est déclaré."));
    }
    Facts facts = new Facts(s).ages(x -> x.role() == Role.ENFANT).resources(x -> x.role().isParent());
    if (!facts.complete()) {
      return BenefitResult.cannotTell(benefit(), List.of("Il manque des réponses pour estimer l'allocation de rentrée scolaire."),
          facts.missing(), Documents.ARS);
    }
    RentreeScolaire.Computation c = RentreeScolaire.compute(s, year, p);
    int children = c.primary() + c.middleSchool() + c.highSchool();
    if (children == 0) {
      return BenefitResult.notEligible(benefit(), List.of("Aucun enfant n'a entre 6 et 18 ans à la rentrée " + year
          + " : l'allocation de rentrée scolaire ne s'applique pas."));
    }
    String income = "Vos revenus de l'année " + (year.getValue() - 2) + " (" + Euros.format(Money.displayed(c.resources()))
        + " après abattement) ";
    if (c.amount().signum() == 0) {
      return BenefitResult.notEligible(benefit(), List.of(income + "dépassent trop le plafond de " + Euros.format(Money.displayed(c.ceiling()))
          + " pour votre famille."));
    }
    BigDecimal net = Money.displayed(c.amount().multiply(BigDecimal.ONE.subtract(p.get("af.crds", onDate))));
    String bands = String.join(", ", List.of(c.primary() > 0 ? c.primary() + " de 6 à 10 ans" : "",
        c.middleSchool() > 0 ? c.middleSchool() + " de 11 à 14 ans" : "", c.highSchool() > 0 ? c.highSchool() + " de 15 à 18 ans" : "")
        .stream().filter(x -> !x.isEmpty()).toList());
    String ceiling = c.amount().compareTo(c.base()) == 0
        ? "sont sous le plafond de " + Euros.format(Money.displayed(c.ceiling())) + "."
        : "dépassent un peu le plafond (" + Euros.format(Money.displayed(c.ceiling())) + ") : l'allocation est réduite de l'écart.";
    return BenefitResult.likely(benefit(), null, List.of("Enfants comptés pour la rentrée " + year + " (âge au 31 décembre) : " + bands + ".",
        income + ceiling, "Montant estimé : " + Euros.format(net) + " pour l'année, versé une fois fin août, après CRDS."), Documents.ARS);
  }
}
