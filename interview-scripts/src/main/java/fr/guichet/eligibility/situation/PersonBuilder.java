package fr.guichet.eligibility.situation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

/** Builds a {@link Person}; every fact starts unknown. */
public final class PersonBuilder {
  private final String id;
  private final Role role;
  private Fact<LocalDate> birthDate = Fact.unknown();
  private final Map<YearMonth, Integer> statedAges = new HashMap<>();
  private Fact<Resources> resources = Fact.unknown();
  private Fact<Activity> activity = Fact.unknown();
  private Fact<BigDecimal> incapacityRate = Fact.unknown();
  private Fact<Boolean> rsdae = Fact.unknown();
  private Fact<Integer> gir = Fact.unknown();
  private Fact<Nationality> nationality = Fact.unknown();
  private Fact<BigDecimal> residencePermitYears = Fact.unknown();
  private Fact<Boolean> unfitForWork = Fact.unknown();
  private Fact<Boolean> alternatingCustody = Fact.unknown();
  private Fact<Boolean> youngWorkerHours = Fact.unknown();
  private Fact<Boolean> alsaceMoselle = Fact.unknown();
  private Fact<Boolean> dependsOnParents = Fact.unknown();
  private Fact<Boolean> schooled = Fact.of(true);
  private Decisions decisions = Decisions.NONE;

  PersonBuilder(String id, Role role) {
    this.id = id;
    this.role = role;
  }

  public PersonBuilder birthDate(LocalDate v) { birthDate = Fact.of(v); return this; }
  public PersonBuilder statedAge(YearMonth month, int age) { statedAges.put(month, age); return this; }
  public PersonBuilder resources(Resources v) { resources = Fact.of(v); return this; }
  public PersonBuilder activity(Fact<Activity> v) { activity = v; return this; }
  public PersonBuilder incapacityRate(Fact<BigDecimal> v) { incapacityRate = v; return this; }
  public PersonBuilder rsdae(Fact<Boolean> v) { rsdae = v; return this; }
  public PersonBuilder gir(Fact<Integer> v) { gir = v; return this; }
  public PersonBuilder nationality(Fact<Nationality> v) { nationality = v; return this; }
  public PersonBuilder residencePermitYears(Fact<BigDecimal> v) { residencePermitYears = v; return this; }
  public PersonBuilder unfitForWork(Fact<Boolean> v) { unfitForWork = v; return this; }
  public PersonBuilder alternatingCustody(Fact<Boolean> v) { alternatingCustody = v; return this; }
  public PersonBuilder youngWorkerHours(Fact<Boolean> v) { youngWorkerHours = v; return this; }
  public PersonBuilder alsaceMoselle(Fact<Boolean> v) { alsaceMoselle = v; return this; }
  public PersonBuilder dependsOnParents(Fact<Boolean> v) { dependsOnParents = v; return this; }
  public PersonBuilder schooled(Fact<Boolean> v) { schooled = v; return this; }
  public PersonBuilder decisions(Decisions v) { decisions = v; return this; }

  public Person build() {
    return new Person(id, role, birthDate, statedAges, resources, activity, incapacityRate, rsdae, gir, nationality,
        residencePermitYears, unfitForWork, alternatingCustody, youngWorkerHours, alsaceMoselle, dependsOnParents, schooled, decisions);
  }
}
