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
    BigDecimalText text = new BigDecimalText(c);
    reasons.add(text.resourcesSentence());
    if (c.forfaitLogement().signum() > 0) {
      reasons.add("Un forfait logement de " + Euros.format(c.forfaitLogement())
          + " est déduit, car vous êtes logé gratuitement, propriétaire ou recevez une aide au logement.");
    }
    if (c.amount().signum() > 0) {
      reasons.add("Le RSA estimé est de " + Euros.format(Money.displayed(c.amount())) + " par mois.");
      return BenefitResult.likely(benefit(), Money.displayed(c.amount()), reasons, Documents.RSA);
    }
    reasons.add("Le montant calculé est nul ou inférieur à 6 € : le RSA ne serait pas versé.");
    return BenefitResult.notEligible(benefit(), reasons);
  }

  /** Sentences about resources against the montant forfaitaire. */
  private record BigDecimalText(Rsa.Computation c) {
    String resourcesSentence() {
      var socle = Money.max(c.socle(), c.socleMajore());
      String comparison = c.baseRessources().compareTo(socle) < 0 ? "sont inférieures au" : "atteignent ou dépassent le";
      return "Vos ressources des 3 derniers mois, " + Euros.format(Money.displayed(c.baseRessources())) + " par mois, " + comparison
          + " montant forfaitaire de " + Euros.format(Money.displayed(socle)) + " pour " + c.persons()
          + (c.persons() > 1 ? " personnes." : " personne.");
    }
  }
}
