package fr.guichet.eligibility.national;

import fr.guichet.eligibility.parameters.LegalParameters;
import fr.guichet.eligibility.situation.Nationality;
import fr.guichet.eligibility.situation.Person;
import fr.guichet.eligibility.situation.ResourceKind;
import fr.guichet.eligibility.situation.Situation;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/** Allocation de solidarité aux personnes âgées, per family (CSS L815-1 and following, D815-1). */
public final class Aspa {
  private Aspa() {}

  /** The named OpenFisca variables of one month. */
  public record Computation(int eligibleParents, BigDecimal resources, BigDecimal maximum, BigDecimal ceiling, BigDecimal amount) {}

  public static Computation compute(Situation s, YearMonth m, LegalParameters p) {
    List<Person> parents = s.parents();
    int eligible = (int) parents.stream().filter(x -> eligible(x, m, p)).count();
    BigDecimal single = Money.divide(p.get("aspa.montant_maximum_personne_seule", m), 12);
    BigDecimal couple = Money.divide(p.get("aspa.montant_maximum_couple", m), 12);
    BigDecimal maximum = eligible == 2 ? couple : single;
    BigDecimal ceiling = s.isCouple() ? couple : single;
    if (eligible == 0) {
      return new Computation(0, BigDecimal.ZERO, maximum, ceiling, BigDecimal.ZERO);
    }
    BigDecimal resources = BigDecimal.ZERO;
    for (Person parent : parents) {
      resources = resources.add(resources(s, parent, m, p));
    }
    BigDecimal amount = eligible == 0 ? BigDecimal.ZERO
        : Money.positive(maximum.subtract(Money.positive(resources.add(maximum).subtract(ceiling))));
    return new Computation(eligible, resources, maximum, ceiling, amount);
  }

  /** ASPA received by the family in that month when stated, otherwise the ASPA it is entitled to. */
  public static BigDecimal receivedOrEntitled(Situation s, YearMonth m, LegalParameters p) {
    if (s.householdBenefits().states(ResourceKind.ASPA, m)) {
      return s.householdBenefits().month(ResourceKind.ASPA, m);
    }
    return compute(s, m, p).amount();
  }

  /** Aged 65, or the legal retirement age when unfit for work or incapacity above 50 %; EEA or a 10-year permit. */
  public static boolean eligible(Person person, YearMonth m, LegalParameters p) {
    Boolean decided = person.decisions().aspaEligible().get(m);
    if (decided != null) {
      return decided;
    }
    int age = person.age(m);
    boolean early = BigDecimal.valueOf(age).compareTo(p.get("aspa.age_legal_retraite", m)) >= 0 && (person.unfitForWork().at(m, false)
        || person.incapacityRate().at(m, BigDecimal.ZERO).compareTo(p.get("aspa.taux_incapacite_anticipe", m)) > 0);
    boolean ageOk = age >= p.get("aspa.age_minimum", m).intValue() || early;
    boolean residence = person.nationality().at(m, Nationality.FRENCH) != Nationality.OTHER
        || person.residencePermitYears().at(m, BigDecimal.ZERO).compareTo(p.get("aspa.duree_titre_sejour", m)) >= 0;
    return ageOk && residence;
  }

  /** Monthly average of the 3 previous months; the quarter's wages lose 0.9 (single) or 1.5 (couple) monthly gross SMIC of 1 January. */
  static BigDecimal resources(Situation s, Person person, YearMonth m, LegalParameters p) {
    BigDecimal stated = person.decisions().aspaResources().get(m);
    if (stated != null) {
      return stated;
    }
    BigDecimal wages = BigDecimal.ZERO;
    BigDecimal other = BigDecimal.ZERO;
    for (int i = 1; i <= 3; i++) {
      YearMonth r = m.minusMonths(i);
      wages = wages.add(person.income(ResourceKind.WAGES, r));
      other = other.add(Aah.receivedOrEntitled(s, person, r, p));
      for (ResourceKind kind : List.of(ResourceKind.PENSIONS, ResourceKind.UNEMPLOYMENT_BENEFITS, ResourceKind.ALIMONY, ResourceKind.OTHER)) {
        other = other.add(person.income(kind, r));
      }
    }
    YearMonth january = YearMonth.of(m.getYear(), 1);
    BigDecimal smic = p.get("smic.horaire_brut", january).multiply(p.get("smic.heures_mensuelles", january));
    String key = s.isCouple() ? "aspa.abattement_salaires_couple" : "aspa.abattement_salaires_personne_seule";
    BigDecimal abatement = p.get(key, m).multiply(smic);
    return Money.divide(wages.subtract(Money.min(wages, abatement)).add(other), 3);
  }
}
