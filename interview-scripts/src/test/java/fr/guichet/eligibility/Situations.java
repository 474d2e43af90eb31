package fr.guichet.eligibility;

import fr.guichet.eligibility.situation.Activity;
import fr.guichet.eligibility.situation.Fact;
import fr.guichet.eligibility.situation.Housing;
import fr.guichet.eligibility.situation.HousingStatus;
import fr.guichet.eligibility.situation.Nationality;
import fr.guichet.eligibility.situation.Person;
import fr.guichet.eligibility.situation.PersonBuilder;
import fr.guichet.eligibility.situation.ResourceKind;
import fr.guichet.eligibility.situation.Resources;
import fr.guichet.eligibility.situation.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/** Test helpers that build interview-path situations as the interview would. */
final class Situations {
  private Situations() {}

  /** A person whose common facts are answered (French, not a student, no disability). */
  static PersonBuilder answered(String id, Role role, LocalDate birth) {
    return Person.builder(id, role).birthDate(birth).nationality(Fact.of(Nationality.FRENCH)).activity(Fact.of(Activity.INACTIVE))
        .incapacityRate(Fact.of(BigDecimal.ZERO)).rsdae(Fact.of(false)).unfitForWork(Fact.of(false)).alternatingCustody(Fact.of(false))
        .youngWorkerHours(Fact.of(false)).alsaceMoselle(Fact.of(false)).dependsOnParents(Fact.of(false)).gir(Fact.of(6))
        .residencePermitYears(Fact.of(BigDecimal.ZERO));
  }

  /** The same monthly amount for the 12 months before {@code month} and in it, and the same yearly amount for 3 years. */
  static Resources steady(YearMonth month, ResourceKind kind, BigDecimal monthly) {
    Map<YearMonth, BigDecimal> months = new HashMap<>();
    for (int i = 0; i <= 24; i++) {
      months.put(month.minusMonths(i), monthly);
    }
    Map<ResourceKind, Map<YearMonth, BigDecimal>> byKind = new EnumMap<>(ResourceKind.class);
    byKind.put(kind, months);
    if (kind == ResourceKind.WAGES) {
      byKind.put(ResourceKind.TAXABLE_WAGES, months);
    }
    Map<Year, BigDecimal> years = new HashMap<>();
    for (int i = 0; i <= 3; i++) {
      years.put(Year.of(month.getYear() - i), monthly.multiply(BigDecimal.valueOf(12)));
    }
    return new Resources(byKind, kind == ResourceKind.WAGES ? Map.of(ResourceKind.DECLARED_WAGES, years) : Map.of());
  }

  static Housing tenant(BigDecimal rent, BigDecimal aid) {
    return new Housing(Fact.of(HousingStatus.TENANT_UNFURNISHED), Fact.of(rent), Fact.of(aid), Fact.of(false), "69381", "69");
  }
}
