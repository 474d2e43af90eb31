package fr.guichet.eligibility.assessment;

import fr.guichet.eligibility.Benefit;
import fr.guichet.eligibility.BenefitResult;
import fr.guichet.eligibility.Euros;
import fr.guichet.eligibility.national.Aah;
import fr.guichet.eligibility.national.Money;
import fr.guichet.eligibility.parameters.LegalParameters;
import fr.guichet.eligibility.situation.Person;
import fr.guichet.eligibility.situation.Situation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** AAH for the interview path: per adult of the household, summed. */
public final class AahAssessment implements BenefitAssessment {
  @Override
  public Benefit benefit() {
    return Benefit.AAH;
  }

  @Override
  public java.util.List<fr.guichet.script.facts.SituationFact> reads() {
    return java.util.List.of(fr.guichet.script.facts.FactVocabulary.DATE_NAISSANCE, fr.guichet.script.facts.FactVocabulary.HANDICAP, fr.guichet.script.facts.FactVocabulary.TAUX_INCAPACITE, fr.guichet.script.facts.FactVocabulary.RESTRICTION_EMPLOI);
  }

  @Override
  public BenefitResult assess(Situation s, LocalDate onDate, LegalParameters p) {
    YearMonth m = YearMonth.from(onDate);
    BigDecimal rsdaeRate = p.get("aah.taux_incapacite_rsdae", m);
    List<Person> adults = s.parents();
    if (adults.stream().allMatch(x -> x.incapacityRate().isKnown() && x.incapacityRate().at(m).compareTo(rsdaeRate) < 0)) {
      return BenefitResult.notEligible(benefit(), List.of("L'AAH demande un taux d'incapacité reconnu par la MDPH d'au moins 50 %."));
    }
    Facts facts = new Facts(s).ages(x -> x.role().isParent()).resources(x -> x.role().isParent())
        .eachPerson(x -> x.role().isParent(), x -> x.incapacityRate().isKnown(), "le taux d'incapacité reconnu par la MDPH")
        .eachPerson(x -> x.role().isParent() && x.incapacityRate().at(m, BigDecimal.ONE).compareTo(p.get("aah.taux_incapacite", m)) < 0
            && x.incapacityRate().at(m, BigDecimal.ZERO).compareTo(rsdaeRate) >= 0,
            x -> x.rsdae().isKnown(), "la restriction durable d'accès à l'emploi reconnue par la MDPH");
    if (!facts.complete()) {
      return BenefitResult.cannotTell(benefit(), List.of("Il manque des réponses pour estimer l'AAH."), facts.missing(), Documents.AAH);
    }
    List<String> reasons = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (Person adult : adults) {
      Aah.Computation c = Aah.compute(s, adult, m, p);
      if (!c.eligible()) {
        reasons.add("Pour " + Facts.who(s, adult) + " : les conditions de taux d'incapacité ou d'âge ne sont pas remplies.");
        continue;
      }
      BigDecimal resources = c.resourcesIndividual().signum() > 0 ? c.resourcesIndividual() : c.resourcesCoupleBased();
      reasons.add("Pour " + Facts.who(s, adult) + " : ressources retenues de " + Euros.format(Money.displayed(resources))
          + " par mois après abattements, pour une AAH à taux plein de " + Euros.format(p.get("aah.montant", m)) + ".");
      total = total.add(Money.displayed(c.amount()));
    }
    if (total.signum() > 0) {
      reasons.add("L'AAH estimée est de " + Euros.format(total) + " par mois.");
      return BenefitResult.likely(benefit(), total, reasons, Documents.AAH);
    }
    reasons.add("Les ressources dépassent le plafond : l'AAH ne serait pas versée.");
    return BenefitResult.notEligible(benefit(), reasons);
  }
}
