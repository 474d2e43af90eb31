package fr.guichet.eligibility.national;

import fr.guichet.eligibility.parameters.LegalParameters;
import fr.guichet.eligibility.situation.Person;
import fr.guichet.eligibility.situation.ResourceKind;
import fr.guichet.eligibility.situation.Situation;
import java.math.BigDecimal;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;

/** What the means-tested family benefits (CF, PAJE, ARS) share: the year N-2 income base and the two-earner rule. */
public final class FamilyBenefitBase {
  private FamilyBenefitBase() {}

  /** Income of year N-2 of the parents and of the children counted, after the 10 % deduction (CSS R532-3). */
  public static BigDecimal resourcesN2(Situation s, YearMonth m, LegalParameters p, List<Person> counted) {
    return AllocationsFamiliales.resourcesN2(s, m, p, counted);
  }

  /**
   * Two-earner couple (biactivité, CSS R522-2): two parents who each had, in year N-2, professional income of at
   * least 12 BMAF of the 1 January of that year.
   */
  public static boolean twoEarners(Situation s, YearMonth m, LegalParameters p) {
    if (!s.isCouple()) {
      return false;
    }
    Year n2 = Year.of(m.getYear() - 2);
    BigDecimal threshold = p.get("af.bmaf", n2.atDay(1)).multiply(BigDecimal.valueOf(12));
    for (Person parent : s.parents()) {
      BigDecimal income = AllocationsFamiliales.afterProfessionalDeduction(parent.resourcesOrNone().year(ResourceKind.DECLARED_WAGES, n2), n2, p);
      if (income.compareTo(threshold) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Whether the parent lives alone with the children (not in a couple): the isolated-parent increase applies. */
  public static boolean alone(Situation s) {
    return !s.isCouple();
  }
}
