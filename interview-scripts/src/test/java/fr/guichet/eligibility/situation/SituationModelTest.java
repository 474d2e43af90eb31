package fr.guichet.eligibility.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.eligibility.Benefit;
import fr.guichet.eligibility.BenefitResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SituationModelTest {
  private static final YearMonth MARCH = YearMonth.of(2026, 3);

  @Test
  void fact_whenUnknown_saysSoAndFallsBack() {
    Fact<BigDecimal> rent = Fact.unknown();
    assertThat(rent.isKnown()).isFalse();
    assertThat(rent.at(MARCH, BigDecimal.TEN)).isEqualTo(BigDecimal.TEN);
    assertThatThrownBy(() -> rent.at(MARCH)).isInstanceOf(java.util.NoSuchElementException.class);
  }

  @Test
  void fact_byMonth_takesTheMonthValueOrTheDefault() {
    Fact<HousingStatus> status = Fact.byMonth(Map.of(MARCH, HousingStatus.OWNER), HousingStatus.NOT_STATED);
    assertThat(status.at(MARCH)).isEqualTo(HousingStatus.OWNER);
    assertThat(status.at(MARCH.minusMonths(1))).isEqualTo(HousingStatus.NOT_STATED);
  }

  @Test
  void age_fromBirthDate_isWholeYearsOnTheFirstOfTheMonth() {
    Person child = Person.builder("e", Role.ENFANT).birthDate(LocalDate.of(2012, 3, 1)).build();
    assertThat(child.age(MARCH)).isEqualTo(14);
    assertThat(child.age(MARCH.minusMonths(1))).isEqualTo(13);
  }

  @Test
  void age_fromStatedAge_shiftsByWholeYears() {
    Person p = Person.builder("p", Role.DEMANDEUR).statedAge(YearMonth.of(2018, 1), 38).build();
    assertThat(p.age(YearMonth.of(2018, 1))).isEqualTo(38);
    assertThat(p.age(YearMonth.of(2018, 12))).isEqualTo(38);
    assertThat(p.age(YearMonth.of(2019, 1))).isEqualTo(39);
    assertThat(p.age(YearMonth.of(2017, 12))).isEqualTo(37);
    assertThat(Person.builder("q", Role.DEMANDEUR).build().isAgeKnown()).isFalse();
  }

  @Test
  void situation_needsExactlyOneDemandeur() {
    Person child = Person.builder("e", Role.ENFANT).build();
    assertThatThrownBy(() -> Situation.of(List.of(child), Housing.UNKNOWN)).hasMessageContaining("demandeur");
  }

  @Test
  void resources_refuseNegativeAmounts() {
    assertThatThrownBy(() -> new Resources(Map.of(ResourceKind.WAGES, Map.of(MARCH, new BigDecimal("-1"))), Map.of()))
        .hasMessageContaining("WAGES");
  }

  @Test
  void benefitResult_cannotTellWithoutMissingFacts_isRefused() {
    assertThatThrownBy(() -> BenefitResult.cannotTell(Benefit.RSA, List.of("Il manque des réponses."), List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BenefitResult.likely(Benefit.RSA, BigDecimal.ZERO, List.of("Montant nul."), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
