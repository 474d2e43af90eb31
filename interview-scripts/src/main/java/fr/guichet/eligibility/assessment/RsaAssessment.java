package fr.guichet.eligibility.assessment;

import fr.guichet.eligibility.Benefit;
import fr.guichet.eligibility.BenefitResult;
import fr.guichet.eligibility.Euros;
import fr.guichet.eligibility.national.Money;
import fr.guichet.eligibility.national.Rsa;
import fr.guichet.eligibility.parameters.LegalParameters;
import fr.guichet.eligibility.situation.Activity;
import fr.guichet.eligibility.situation.Nationality;
import fr.guichet.eligibility.situation.Person;
import fr.guichet.eligibility.situation.Role;
import fr.guichet.eligibility.situation.Situation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** RSA for the interview path: excluded early by a known age or study criterion, otherwise computed. */
public final class RsaAssessment implements BenefitAssessment {
  @Override
  public Benefit benefit() {
    return Benefit.RSA;
  }

  @Override
  public java.util.List<fr.guichet.script.facts.SituationFact> reads() {
    return java.util.List.of(fr.guichet.script.facts.FactVocabulary.DATE_NAISSANCE, fr.guichet.script.facts.FactVocabulary.NATIONALITE, fr.guichet.script.facts.FactVocabulary.TITRE_SEJOUR_ANNEES, fr.guichet.script.facts.FactVocabulary.ACTIVITE, fr.guichet.script.facts.FactVocabulary.LOGEMENT_STATUT, fr.guichet.script.facts.FactVocabulary.LOGEMENT_LOYER, fr.guichet.script.facts.FactVocabulary.LOGEMENT_AIDE_RECUE, fr.guichet.script.facts.FactVocabulary.LOGEMENT_AIDE_MONTANT, fr.guichet.script.facts.FactVocabulary.ISOLEMENT_RECENT);
  }

  @Override
  public BenefitResult assess(Situation s, LocalDate onDate, LegalParameters p) {
    YearMonth m = YearMonth.from(onDate);
    List<String> reasons = new ArrayList<>();
    int minAge = p.get("rsa.age_minimum", m).intValue();
    boolean parentsAgesKnown = s.parents().stream().allMatch(Person::isAgeKnown);
    if (parentsAgesKnown && s.children().isEmpty() && s.parents().stream().allMatch(x -> x.age(m) < minAge && !x.youngWorkerHours().at(m, true))) {
      return BenefitResult.notEligible(benefit(), List.of("Sans enfant à charge, le RSA demande d'avoir au moins " + minAge
          + " ans, ou d'avoir travaillé 3 214 heures au cours des 3 dernières années."));
    }
    if (s.parents().stream().allMatch(x -> x.activity().at(m, Activity.INACTIVE) == Activity.STUDENT && x.activity().isKnown())) {
      return BenefitResult.notEligible(benefit(), List.of("Les étudiants ne peuvent pas recevoir le RSA."));
    }
    Facts facts = new Facts(s).ages(x -> true).resources(x -> x.role() != Role.AUTRE)
        .eachPerson(x -> x.role().isParent(), x -> x.nationality().isKnown(), "la nationalité")
        .eachPerson(x -> x.role().isParent() && x.nationality().at(m, Nationality.FRENCH) != Nationality.FRENCH,
            x -> x.residencePermitYears().isKnown(), "la durée de résidence ou du titre de séjour")
        .eachPerson(x -> x.role().isParent() && x.isAgeKnown() && x.age(m) < minAge && s.children().isEmpty(),
            x -> x.youngWorkerHours().isKnown(), "les heures travaillées ces 3 dernières années")
        .household(s.housing().status().isKnown(), "votre situation de logement (locataire, propriétaire, hébergé…)")
        .household(s.housing().housingAid().isKnown(), "le montant de l'aide au logement reçue (0 si aucune)");
    if (!facts.complete()) {
      return BenefitResult.cannotTell(benefit(), List.of("Il manque des réponses pour estimer le RSA."), facts.missing(), Documents.RSA);
    }
    Rsa.Computation c = Rsa.compute(s, m, p);
    if (!c.eligible()) {
      return BenefitResult.notEligible(benefit(), List.of("Les conditions d'âge, d'études ou de séjour du RSA ne sont pas remplies."));
    }
    if (c.socleMajore().compareTo(c.socle()) > 0) {
      reasons.add("Comme parent isolé (séparation récente ou enfant de moins de 3 ans), le montant forfaitaire est majoré.");
    }
    reasons.add(resourcesSentence(c));
    if (c.forfaitLogement().signum() > 0) {
      boolean aid = s.housing().housingAid().at(m, BigDecimal.ZERO).signum() > 0;
      reasons.add("Un forfait logement de " + Euros.format(Money.displayed(c.forfaitLogement())) + " est déduit, car vous "
          + (aid ? "recevez une aide au logement." : "êtes logé gratuitement ou propriétaire sans emprunt."));
    }
    if (c.amount().signum() > 0) {
      reasons.add("Le RSA estimé est de " + Euros.format(Money.displayed(c.amount())) + " par mois.");
      return BenefitResult.likely(benefit(), Money.displayed(c.amount()), reasons, Documents.RSA);
    }
    reasons.add("Le montant calculé est nul ou inférieur à 6 € : le RSA ne serait pas versé.");
    return BenefitResult.notEligible(benefit(), reasons);
  }

  /** Resources against the montant forfaitaire, and against what is left of it after the forfait logement. */
  private static String resourcesSentence(Rsa.Computation c) {
    BigDecimal socle = Money.max(c.socle(), c.socleMajore());
    BigDecimal left = socle.subtract(c.forfaitLogement());
    String start = "Vos ressources des 3 derniers mois, " + Euros.format(Money.displayed(c.baseRessources())) + " par mois, ";
    String montant = "montant forfaitaire de " + Euros.format(Money.displayed(socle)) + " pour " + c.persons()
        + (c.persons() > 1 ? " personnes" : " personne");
    if (c.baseRessources().compareTo(socle) >= 0) {
      return start + "atteignent ou dépassent le " + montant + ".";
    }
    if (c.baseRessources().compareTo(left) >= 0) {
      return start + "sont inférieures au " + montant + ", mais pas à ce montant diminué du forfait logement, "
          + Euros.format(Money.displayed(left)) + ".";
    }
    return start + "sont inférieures au " + montant + ".";
  }
}
