package fr.guichet.eligibility.situation;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A household as the interview knows it, independent of OpenFisca and of the interview: persons with roles,
 * the dwelling, benefits received by the household, the tax notice (RFR by year). Immutable.
 */
public record Situation(
    List<Person> persons,
    Housing housing,
    Fact<Boolean> recentIsolation,
    Fact<Boolean> rsaExperimentDepartement,
    Fact<Boolean> married,
    Resources householdBenefits,
    Map<Year, BigDecimal> referenceTaxIncome,
    boolean taxDeclarantPresent,
    Map<Year, BigDecimal> consumptionUnitsStated) {

  public Situation {
    persons = List.copyOf(persons);
    if (persons.stream().filter(p -> p.role() == Role.DEMANDEUR).count() != 1) {
      throw new IllegalArgumentException("a situation has exactly one demandeur");
    }
    if (persons.stream().filter(p -> p.role() == Role.CONJOINT).count() > 1) {
      throw new IllegalArgumentException("a situation has at most one conjoint");
    }
    Objects.requireNonNull(housing, "housing");
    Objects.requireNonNull(recentIsolation, "recentIsolation");
    Objects.requireNonNull(rsaExperimentDepartement, "rsaExperimentDepartement");
    Objects.requireNonNull(married, "married");
    Objects.requireNonNull(householdBenefits, "householdBenefits");
    referenceTaxIncome = Map.copyOf(referenceTaxIncome);
    consumptionUnitsStated = Map.copyOf(consumptionUnitsStated);
  }

  /** A situation with only persons and housing known; everything else unknown or absent. */
  public static Situation of(List<Person> persons, Housing housing) {
    return new Situation(persons, housing, Fact.unknown(), Fact.of(false), Fact.unknown(), Resources.NONE, Map.of(), true, Map.of());
  }

  public List<Person> parents() {
    return persons.stream().filter(p -> p.role().isParent()).toList();
  }

  public List<Person> children() {
    return persons.stream().filter(p -> p.role() == Role.ENFANT).toList();
  }

  public Person demandeur() {
    return persons.stream().filter(p -> p.role() == Role.DEMANDEUR).findFirst().orElseThrow();
  }

  public boolean isCouple() {
    return parents().size() == 2;
  }

  public Situation withPersons(List<Person> newPersons) {
    return new Situation(newPersons, housing, recentIsolation, rsaExperimentDepartement, married, householdBenefits,
        referenceTaxIncome, taxDeclarantPresent, consumptionUnitsStated);
  }
}
