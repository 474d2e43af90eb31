package fr.guichet.eligibility.situation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One member of the household with the facts the benefits read; any fact may be unknown. {@code dependsOnParents}:
 * the person is a tax dependant of someone, lives with their parents or receives alimony (CSS independence rule).
 * {@code schooled}: a child under 16 attends school as the law requires (OpenFisca's rempli_obligation_scolaire, true unless
 * stated otherwise).
 */
public record Person(
    String id,
    Role role,
    Fact<LocalDate> birthDate,
    Map<YearMonth, Integer> statedAges,
    Fact<Resources> resources,
    Fact<Activity> activity,
    Fact<BigDecimal> incapacityRate,
    Fact<Boolean> rsdae,
    Fact<Integer> gir,
    Fact<Nationality> nationality,
    Fact<BigDecimal> residencePermitYears,
    Fact<Boolean> unfitForWork,
    Fact<Boolean> alternatingCustody,
    Fact<Boolean> youngWorkerHours,
    Fact<Boolean> alsaceMoselle,
    Fact<Boolean> dependsOnParents,
    Fact<Boolean> schooled,
    Decisions decisions) {

  public Person {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("a person needs an id");
    }
    Objects.requireNonNull(role, "role");
    statedAges = Map.copyOf(statedAges);
    for (Fact<?> fact : new Fact<?>[] {birthDate, resources, activity, incapacityRate, rsdae, gir, nationality,
        residencePermitYears, unfitForWork, alternatingCustody, youngWorkerHours, alsaceMoselle, dependsOnParents, schooled}) {
      Objects.requireNonNull(fact, "facts are never null: use Fact.unknown()");
    }
    Objects.requireNonNull(decisions, "decisions");
  }

  public static PersonBuilder builder(String id, Role role) {
    return new PersonBuilder(id, role);
  }

  /** Age in whole years on the first day of the month; empty when neither birth date nor age is known. */
  public OptionalInt ageAt(YearMonth month) {
    if (birthDate.isKnown()) {
      return OptionalInt.of(Period.between(birthDate.at(month), month.atDay(1)).getYears());
    }
    Integer stated = statedAges.get(month);
    if (stated != null) {
      return OptionalInt.of(stated);
    }
    return statedAges.entrySet().stream()
        .min((a, b) -> Long.compare(Math.abs(ChronoUnit.MONTHS.between(a.getKey(), month)), Math.abs(ChronoUnit.MONTHS.between(b.getKey(), month))))
        .map(e -> OptionalInt.of(e.getValue() + (int) Math.floorDiv(ChronoUnit.MONTHS.between(e.getKey(), month), 12)))
        .orElse(OptionalInt.empty());
  }

  public boolean isAgeKnown() {
    return birthDate.isKnown() || !statedAges.isEmpty();
  }

  /** Age, or -1 when unknown (callers check {@link #isAgeKnown()} on the interview path). */
  public int age(YearMonth month) {
    return ageAt(month).orElse(-1);
  }

  /** Known resources, or none when unknown. */
  public Resources resourcesOrNone() {
    return resources.isKnown() ? resources.value() : Resources.NONE;
  }

  public BigDecimal income(ResourceKind kind, YearMonth month) {
    return resourcesOrNone().month(kind, month);
  }
}
