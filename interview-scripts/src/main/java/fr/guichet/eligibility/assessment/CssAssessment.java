package fr.guichet.eligibility.assessment;

import fr.guichet.eligibility.Benefit;
import fr.guichet.eligibility.BenefitResult;
import fr.guichet.eligibility.Euros;
import fr.guichet.eligibility.national.ComplementaireSanteSolidaire;
import fr.guichet.eligibility.national.Money;
import fr.guichet.eligibility.parameters.LegalParameters;
import fr.guichet.eligibility.situation.Situation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** Complémentaire santé solidaire for the interview path: free, with a monthly contribution, or not. */
public final class CssAssessment implements BenefitAssessment {
  @Override
  public Benefit benefit() {
    return Benefit.COMPLEMENTAIRE_SANTE_SOLIDAIRE;
  }

  @Override
  public java.util.List<fr.guichet.script.facts.SituationFact> reads() {
    return java.util.List.of(fr.guichet.script.facts.FactVocabulary.DATE_NAISSANCE, fr.guichet.script.facts.FactVocabulary.LOGEMENT_STATUT, fr.guichet.script.facts.FactVocabulary.LOGEMENT_AIDE_RECUE, fr.guichet.script.facts.FactVocabulary.LOGEMENT_AIDE_MONTANT, fr.guichet.script.facts.FactVocabulary.PRESTATION_RSA);
  }

  @Override
  public BenefitResult assess(Situation s, LocalDate onDate, LegalParameters p) {
    YearMonth m = YearMonth.from(onDate);
    Facts facts = new Facts(s).ages(x -> true).resources(x -> true)
        .household(s.housing().status().isKnown(), "votre situation de logement (locataire, propriétaire, hébergé…)")
        .household(s.housing().housingAid().isKnown(), "le montant de l'aide au logement reçue (0 si aucune)");
    if (!facts.complete()) {
      return BenefitResult.cannotTell(benefit(), List.of("Il manque des réponses pour vérifier la complémentaire santé solidaire."),
          facts.missing(), Documents.CSS);
    }
    ComplementaireSanteSolidaire.Computation c = ComplementaireSanteSolidaire.compute(s, m, p);
    String resources = "Vos ressources des 12 derniers mois, forfait logement compris, sont de " + Euros.format(Money.displayed(c.resources())) + ".";
    if (c.free()) {
      return BenefitResult.likely(benefit(), null, List.of(resources, "Elles ne dépassent pas le plafond de " + Euros.format(c.freeCeiling())
          + " par an : la complémentaire santé solidaire serait gratuite (plafond arrondi à l'euro comme le fait OpenFisca)."), Documents.CSS);
    }
    if (c.withParticipation()) {
      BigDecimal monthly = s.persons().stream().map(x -> ComplementaireSanteSolidaire.participation(x, m, p)).reduce(BigDecimal.ZERO, BigDecimal::add);
      return BenefitResult.likely(benefit(), null, List.of(resources, "Elles ne dépassent pas le plafond de "
          + Euros.format(Money.displayed(c.participationCeiling())) + " par an : la complémentaire santé solidaire coûterait "
          + Euros.format(monthly) + " par mois pour le foyer, selon l'âge de chacun."), Documents.CSS);
    }
    return BenefitResult.notEligible(benefit(), List.of(resources, "Elles dépassent le plafond de "
        + Euros.format(Money.displayed(c.participationCeiling())) + " par an de la complémentaire santé solidaire avec participation."));
  }

}
