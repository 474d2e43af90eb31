package fr.guichet.eligibility.assessment;

import fr.guichet.eligibility.Benefit;
import fr.guichet.eligibility.BenefitResult;
import fr.guichet.eligibility.Euros;
import fr.guichet.eligibility.national.ChequeEnergie;
import fr.guichet.eligibility.parameters.LegalParameters;
import fr.guichet.eligibility.situation.Situation;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;

/** Chèque énergie for the interview path: a yearly voucher, sent automatically (no monthly amount). */
public final class ChequeEnergieAssessment implements BenefitAssessment {
  @Override
  public Benefit benefit() {
    return Benefit.CHEQUE_ENERGIE;
  }

  @Override
  public java.util.List<fr.guichet.script.facts.SituationFact> reads() {
    return java.util.List.of(fr.guichet.script.facts.FactVocabulary.LOGEMENT_STATUT, fr.guichet.script.facts.FactVocabulary.REVENU_FISCAL_REFERENCE);
  }

  @Override
  public boolean readsResources() {
    return false;
  }

  @Override
  public BenefitResult assess(Situation s, LocalDate onDate, LegalParameters p) {
    Year year = Year.from(onDate);
    Year n2 = year.minusYears(2);
    Facts facts = new Facts(s)
        .household(s.referenceTaxIncome().containsKey(n2), "le revenu fiscal de référence de l'avis d'imposition sur les revenus " + n2)
        .household(s.housing().status().isKnown(), "votre situation de logement (locataire, propriétaire, hébergé…)");
    if (!facts.complete()) {
      return BenefitResult.cannotTell(benefit(), List.of("Il manque des réponses pour vérifier le chèque énergie."), facts.missing(),
          Documents.CHEQUE_ENERGIE);
    }
    ChequeEnergie.Computation c = ChequeEnergie.compute(s, year, p);
    String units = "Votre foyer compte " + c.consumptionUnits().stripTrailingZeros().toPlainString().replace('.', ',') + " unité(s) de consommation.";
    if (c.amount().signum() > 0) {
      return BenefitResult.likely(benefit(), null, List.of(units, "Un chèque énergie de " + Euros.format(c.amount()) + " pour l'année " + year
          + " est envoyé automatiquement, sans démarche, à l'adresse de l'avis d'imposition."), Documents.CHEQUE_ENERGIE);
    }
    if (c.scaleAmount().signum() > 0) {
      return BenefitResult.notEligible(benefit(), List.of(units, "Le chèque énergie demande un logement à votre nom (locataire ou propriétaire) "
          + "et une déclaration de revenus."));
    }
    return BenefitResult.notEligible(benefit(), List.of(units, "Votre revenu fiscal de référence par unité de consommation dépasse le barème du chèque énergie."));
  }
}
