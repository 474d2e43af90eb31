package fr.guichet.eligibility.national;

import fr.guichet.eligibility.parameters.LegalParameters;
import fr.guichet.eligibility.situation.Person;
import fr.guichet.eligibility.situation.ResourceKind;
import fr.guichet.eligibility.situation.Situation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;

/** Allocations familiales, mainland (CSS L521-1, D521-1 to D521-3), gross of the 0.5 % CRDS. */
public final class AllocationsFamiliales {
  /** Décret 2026-138: children born from this date get the age majoration at 18 instead of 14. */
  static final LocalDate NEW_AGE_RULE_BIRTHS = LocalDate.of(2012, 3, 1);

  private AllocationsFamiliales() {}

  /** The named OpenFisca variables of one month. */
  public record Computation(int children, BigDecimal resourcesN2, BigDecimal modulationRate, BigDecimal base,
      BigDecimal majoration, BigDecimal forfait, BigDecimal degressiveComplement, BigDecimal amount) {}

  public static Computation compute(Situation s, YearMonth m, LegalParameters p) {
    List<Person> children = Household.familyBenefitChildren(s, m, p);
    int n = children.size();
    int forfaitChildren = (int) s.children().stream()
        .filter(c -> c.age(m) == p.get("af.age_limite", m).intValue() && !Household.financiallyIndependent(c, m, p)).count();
    BigDecimal bmaf = p.get("af.bmaf", m);
    BigDecimal resources = resourcesN2(s, m, p, children);
    BigDecimal rate = modulationRate(resources, n, m, p);
    BigDecimal base = BigDecimal.ZERO;
    if (n >= p.get("af.nombre_enfants_minimum", m).intValue()) {
      BigDecimal taux = p.get("af.taux_deuxieme_enfant", m).add(p.get("af.taux_enfant_supplementaire", m).multiply(BigDecimal.valueOf(n - 2)));
      base = Money.roundToCentHalfEven(bmaf.multiply(taux)).multiply(custodyCoefficient(children, m)).multiply(rate);
    }
    BigDecimal majoration = base.signum() > 0 ? majoration(children, m, p, bmaf).multiply(rate) : BigDecimal.ZERO;
    BigDecimal forfait = BigDecimal.ZERO;
    if (forfaitChildren > 0 && n + forfaitChildren >= p.get("af.forfait_20_ans_nombre_enfants_minimum", m).intValue()) {
      forfait = Money.roundToCentHalfEven(bmaf.multiply(p.get("af.forfait_20_ans_taux", m)))
          .multiply(BigDecimal.valueOf(forfaitChildren)).multiply(modulationRate(resources, n + forfaitChildren, m, p));
    }
    BigDecimal excess = monthlyExcess(resources, n, m, p);
    BigDecimal complement = BigDecimal.ZERO;
    if (excess.signum() > 0) {
      complement = Money.positive(base.add(majoration).subtract(excess)).add(Money.positive(forfait.subtract(excess)));
    }
    BigDecimal amount = base.add(majoration).add(forfait).add(complement);
    return new Computation(n, resources, rate, base, majoration, forfait, complement, amount);
  }

  /** AF received in that month when stated, otherwise the AF the family is entitled to. */
  public static BigDecimal receivedOrEntitled(Situation s, YearMonth m, LegalParameters p) {
    if (s.householdBenefits().states(ResourceKind.FAMILY_BENEFITS, m)) {
      return s.householdBenefits().month(ResourceKind.FAMILY_BENEFITS, m);
    }
    return compute(s, m, p).amount();
  }

  private static BigDecimal custodyCoefficient(List<Person> children, YearMonth m) {
    long alternating = children.stream().filter(c -> c.alternatingCustody().at(m, false)).count();
    return BigDecimal.ONE.subtract(Money.divide(BigDecimal.valueOf(alternating), children.size()).multiply(new BigDecimal("0.5")));
  }

  private static BigDecimal majoration(List<Person> children, YearMonth m, LegalParameters p, BigDecimal bmaf) {
    int n = children.size();
    int eldest = children.stream().mapToInt(c -> c.age(m)).max().orElse(-1);
    BigDecimal total = BigDecimal.ZERO;
    for (Person child : children) {
      int age = child.age(m);
      if (n == 2 && age == eldest) {
        continue;
      }
      int threshold = oldAgeRule(child, m) ? p.get("af.majoration_age_seuil_ancien_regime", m).intValue() : p.get("af.majoration_age_seuil", m).intValue();
      if (age >= threshold) {
        BigDecimal custody = child.alternatingCustody().at(m, false) ? p.get("af.facteur_garde_alternee", m) : BigDecimal.ONE;
        total = total.add(bmaf.multiply(p.get("af.majoration_age_taux", m)).multiply(custody));
      }
    }
    return total;
  }

  /** Born before 2012-03-01 (or, with only an age, estimated so as OpenFisca does). */
  private static boolean oldAgeRule(Person child, YearMonth m) {
    if (child.birthDate().isKnown()) {
      return child.birthDate().at(m).isBefore(NEW_AGE_RULE_BIRTHS);
    }
    int estimatedYear = m.getYear() - child.age(m);
    return estimatedYear < 2012 || (estimatedYear == 2012 && m.getMonthValue() < 3);
  }

  /** Year N-2 declared wages of parents and children at charge, after the 10 % deduction. */
  static BigDecimal resourcesN2(Situation s, YearMonth m, LegalParameters p, List<Person> children) {
    Year n2 = Year.of(m.getYear() - 2);
    BigDecimal total = BigDecimal.ZERO;
    for (Person person : s.persons()) {
      if (person.role().isParent() || children.contains(person)) {
        total = total.add(afterProfessionalDeduction(person.resourcesOrNone().year(ResourceKind.DECLARED_WAGES, n2), n2, p));
      }
    }
    return total;
  }

  /** CGI art. 83 3°: 10 % of wages, within the yearly floor and cap, never more than the wages. */
  public static BigDecimal afterProfessionalDeduction(BigDecimal wages, Year year, LegalParameters p) {
    if (wages.signum() <= 0) {
      return BigDecimal.ZERO;
    }
    LocalDate date = year.atDay(1);
    BigDecimal deduction = wages.multiply(p.get("impot_revenu.abattement_frais_professionnels_taux", date));
    deduction = Money.max(deduction, p.get("impot_revenu.abattement_frais_professionnels_minimum", date));
    deduction = Money.min(deduction, p.get("impot_revenu.abattement_frais_professionnels_maximum", date));
    return wages.subtract(Money.min(deduction, wages));
  }

  private static BigDecimal[] ceilings(int children, YearMonth m, LegalParameters p) {
    BigDecimal extra = p.get("af.majoration_plafond_par_enfant", m).multiply(BigDecimal.valueOf(Math.max(children, 0)));
    return new BigDecimal[] {p.get("af.plafond_tranche_1_base", m).add(extra), p.get("af.plafond_tranche_2_base", m).add(extra)};
  }

  static BigDecimal modulationRate(BigDecimal resources, int children, YearMonth m, LegalParameters p) {
    BigDecimal[] c = ceilings(children, m, p);
    if (resources.compareTo(c[0]) <= 0) {
      return BigDecimal.ONE;
    }
    return resources.compareTo(c[1]) <= 0 ? p.get("af.taux_modulation_tranche_2", m) : p.get("af.taux_modulation_tranche_3", m);
  }

  private static BigDecimal monthlyExcess(BigDecimal resources, int children, YearMonth m, LegalParameters p) {
    BigDecimal[] c = ceilings(children, m, p);
    BigDecimal over2 = Money.positive(resources.subtract(c[1]));
    BigDecimal over = over2.signum() > 0 ? over2 : Money.positive(resources.subtract(c[0]));
    return Money.divide(over, 12);
  }
}
