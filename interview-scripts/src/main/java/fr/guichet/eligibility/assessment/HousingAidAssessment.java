package fr.guichet.eligibility.assessment;

import fr.guichet.eligibility.Benefit;
import fr.guichet.eligibility.BenefitResult;
import fr.guichet.eligibility.Euros;
import fr.guichet.eligibility.national.HousingAid;
import fr.guichet.eligibility.parameters.LegalParameters;
import fr.guichet.eligibility.situation.HousingStatus;
import fr.guichet.eligibility.situation.Situation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** Housing aid, orientation only: Guichet says whether to claim and sends to the CAF simulator; no amount. */
public final class HousingAidAssessment implements BenefitAssessment {
  @Override
  public Benefit benefit() {
    return Benefit.HOUSING_AID;
  }

  @Override
  public java.util.List<fr.guichet.script.facts.SituationFact> reads() {
    return java.util.List.of(fr.guichet.script.facts.FactVocabulary.LOGEMENT_STATUT, fr.guichet.script.facts.FactVocabulary.LOGEMENT_AIDE_RECUE, fr.guichet.script.facts.FactVocabulary.LOGEMENT_AIDE_MONTANT);
  }

  @Override
  public boolean readsResources() {
    return false;
  }

  @Override
  public BenefitResult assess(Situation s, LocalDate onDate, LegalParameters p) {
    YearMonth m = YearMonth.from(onDate);
    if (!s.housing().status().isKnown()) {
      return BenefitResult.cannotTell(benefit(), List.of("L'aide au logement dépend de votre situation de logement."),
          List.of("votre situation de logement (locataire, propriétaire, hébergé…)"), Documents.HOUSING_AID);
    }
    BigDecimal received = s.housing().housingAid().at(m, BigDecimal.ZERO);
    if (received.signum() > 0) {
      return BenefitResult.likely(benefit(), null, List.of("Vous recevez déjà une aide au logement de " + Euros.format(received)
          + " par mois : signalez tout changement de loyer ou de ressources à la CAF."), Documents.HOUSING_AID);
    }
    HousingStatus status = s.housing().status().at(m);
    if (HousingAid.mayClaim(status)) {
      return BenefitResult.likely(benefit(), null, List.of("Vous payez un loyer ou un prêt pour votre résidence principale : une aide au logement est possible.",
          "Son montant dépend du loyer, de la commune et des ressources des 12 derniers mois : faites la simulation sur caf.fr avec le conseiller."),
          Documents.HOUSING_AID);
    }
    return BenefitResult.notEligible(benefit(), List.of("L'aide au logement demande de payer un loyer ou un prêt pour sa résidence principale."));
  }
}
