package fr.guichet.eligibility.national;

import fr.guichet.eligibility.parameters.LegalParameters;
import fr.guichet.eligibility.situation.Person;
import fr.guichet.eligibility.situation.Situation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;

/**
 * Allocation de rentrée scolaire, mainland (CSS L543-1, R543-2 to R543-6-1, D543-1), as OpenFisca-France computes it
 * for a school year starting in year N: each child aged 6 to 17 at the end of December of N (or 18 years and at most
 * two months) and not financially independent, by age band; year N-2 income under a ceiling that grows with the
 * children at charge in October; a differential amount above it; nothing below the minimum. Paid once, gross of CRDS.
 */
public final class RentreeScolaire {
  private RentreeScolaire() {}

  public record Computation(int primary, int middleSchool, int highSchool, BigDecimal base, BigDecimal resources, BigDecimal ceiling,
      BigDecimal amount) {}

  public static Computation compute(Situation s, Year year, LegalParameters p) {
    YearMonth january = year.atMonth(1);
    YearMonth october = year.atMonth(10);
    YearMonth december = year.atMonth(12);
    int primaryAge = p.get("ars.age_primaire", october).intValue();
    int collegeAge = p.get("ars.age_college", october).intValue();
    int lyceeAge = p.get("ars.age_lycee", october).intValue();
    int exitAge = p.get("ars.age_sortie", october).intValue();
    int primary = 0;
    int college = 0;
    int lycee = 0;
    for (Person child : s.children()) {
      if (Household.financiallyIndependent(child, december, p)) {
        continue;
      }
      int age = child.age(december);
      if (age >= primaryAge && age < collegeAge) {
        primary++;
      } else if (age >= collegeAge && age < lyceeAge) {
        college++;
      } else if (age >= lyceeAge && age < exitAge) {
        lycee++;
      } else if (age == exitAge && monthsPastBirthday(child, december) <= 2) {
        lycee++;
      }
    }
    BigDecimal bmaf = p.get("af.bmaf", october);
    BigDecimal base = bmaf.multiply(p.get("ars.taux_primaire", october).multiply(BigDecimal.valueOf(primary))
        .add(p.get("ars.taux_college", october).multiply(BigDecimal.valueOf(college)))
        .add(p.get("ars.taux_lycee", october).multiply(BigDecimal.valueOf(lycee))));
    List<Person> atChargeInOctober = Household.familyBenefitChildren(s, october, p);
    BigDecimal ceiling = p.get("ars.plafond", october)
        .multiply(BigDecimal.ONE.add(p.get("ars.majoration_par_enfant", october).multiply(BigDecimal.valueOf(atChargeInOctober.size()))));
    BigDecimal resources = FamilyBenefitBase.resourcesN2(s, january, p, Household.familyBenefitChildren(s, january, p));
    BigDecimal montant = Money.positive(base.subtract(Money.positive(resources.subtract(ceiling))));
    BigDecimal amount = montant.compareTo(p.get("ars.montant_minimum", october)) >= 0 ? montant : BigDecimal.ZERO;
    return new Computation(primary, college, lycee, base, resources, ceiling, amount);
  }

  /** Whole months since the last birthday on the first day of the month (OpenFisca's age_en_mois modulo 12). */
  private static int monthsPastBirthday(Person child, YearMonth month) {
    if (!child.birthDate().isKnown()) {
      return 0;
    }
    LocalDate birth = child.birthDate().at(month);
    return Period.between(birth, month.atDay(1)).getMonths();
  }
}
