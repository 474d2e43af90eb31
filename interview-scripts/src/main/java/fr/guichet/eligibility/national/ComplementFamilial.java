package fr.guichet.eligibility.national;

import fr.guichet.eligibility.parameters.LegalParameters;
import fr.guichet.eligibility.situation.Person;
import fr.guichet.eligibility.situation.ResourceKind;
import fr.guichet.eligibility.situation.Situation;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * Complément familial, mainland (CSS L522-1 to L522-3, R522-2, D522-1, D522-2), as OpenFisca-France computes it:
 * at least three children aged 3 or more, year N-2 income under a ceiling that grows with the children and for a
 * parent alone or two earners; the increased amount under half that ceiling; a differential amount just above it;
 * never paid together with the PAJE allocation de base. Gross of the 0.5 % CRDS.
 */
public final class ComplementFamilial {
  private ComplementFamilial() {}

  public record Computation(int childrenAtCharge, int childrenOpeningRight, boolean eligibleBeforeIncome, BigDecimal resources,
      BigDecimal ceiling, BigDecimal increasedCeiling, BigDecimal base, BigDecimal increased, boolean differential, boolean excludedByPaje,
      BigDecimal amount) {}

  public static Computation compute(Situation s, YearMonth m, LegalParameters p) {
    int ageMax = p.get("cf.age_maximum", m).intValue();
    int ageMin = p.get("cf.age_minimum", m).intValue();
    int middle = p.get("af.age_intermediaire", m).intValue();
    List<Person> atCharge = s.children().stream()
        .filter(c -> c.age(m) >= 0 && c.age(m) < ageMax && !Household.financiallyIndependent(c, m, p)).toList();
    long opening = atCharge.stream().filter(c -> {
      int age = c.age(m);
      return (age >= ageMin && age < middle && c.schooled().at(m, true)) || age >= middle;
    }).count();
    boolean eligible = opening >= p.get("cf.nombre_enfants_minimum", m).intValue();
    int n = atCharge.size();
    BigDecimal plafondBase = p.get("cf.plafond_base", m);
    BigDecimal rate = BigDecimal.ONE.add(p.get("cf.majoration_deux_premiers_enfants", m).multiply(BigDecimal.valueOf(Math.min(n, 2))))
        .add(p.get("cf.majoration_enfant_supplementaire", m).multiply(BigDecimal.valueOf(Math.max(n - 2, 0))));
    boolean increase = FamilyBenefitBase.alone(s) || FamilyBenefitBase.twoEarners(s, m, p);
    BigDecimal ceiling = eligible
        ? plafondBase.multiply(rate).add(increase ? p.get("cf.majoration_biactifs_isoles", m) : BigDecimal.ZERO) : BigDecimal.ZERO;
    BigDecimal increasedCeiling = ceiling.multiply(p.get("cf.part_plafond_majore", m));
    BigDecimal resources = FamilyBenefitBase.resourcesN2(s, m, p, atCharge);
    BigDecimal bmaf = p.get("af.bmaf", m);
    BigDecimal montant = eligible ? bmaf.multiply(p.get("cf.taux_base", m)) : BigDecimal.ZERO;
    BigDecimal base = BigDecimal.ZERO;
    boolean differential = false;
    if (eligible && resources.compareTo(ceiling) <= 0) {
      base = montant;
    } else if (eligible) {
      BigDecimal diffCeiling = ceiling.add(montant.multiply(BigDecimal.valueOf(12)));
      if (resources.compareTo(diffCeiling) <= 0) {
        base = Money.divide(diffCeiling.subtract(resources), 12);
        differential = true;
      }
    }
    BigDecimal increased = eligible && resources.compareTo(increasedCeiling) <= 0 ? bmaf.multiply(p.get("cf.taux_majore", m)) : BigDecimal.ZERO;
    BigDecimal before = Money.max(base, increased);
    boolean paje = PajeBase.receivedOrEntitled(s, m, p).signum() > 0;
    BigDecimal amount = paje ? BigDecimal.ZERO : Money.roundToCentHalfEven(before);
    return new Computation(n, (int) opening, eligible, resources, ceiling, increasedCeiling, base, increased,
        differential && increased.compareTo(base) < 0, paje && before.signum() > 0, amount);
  }

  /** CF received in that month when stated, otherwise the CF the family is entitled to. */
  public static BigDecimal receivedOrEntitled(Situation s, YearMonth m, LegalParameters p) {
    if (s.householdBenefits().states(ResourceKind.CF, m)) {
      return s.householdBenefits().month(ResourceKind.CF, m);
    }
    return compute(s, m, p).amount();
  }
}
