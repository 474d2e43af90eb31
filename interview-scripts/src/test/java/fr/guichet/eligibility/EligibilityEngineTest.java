package fr.guichet.eligibility;

import static fr.guichet.eligibility.Situations.answered;
import static fr.guichet.eligibility.Situations.steady;
import static fr.guichet.eligibility.Situations.tenant;
import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.eligibility.situation.Fact;
import fr.guichet.eligibility.situation.Housing;
import fr.guichet.eligibility.situation.Person;
import fr.guichet.eligibility.situation.ResourceKind;
import fr.guichet.eligibility.situation.Resources;
import fr.guichet.eligibility.situation.Role;
import fr.guichet.eligibility.situation.Situation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EligibilityEngineTest {
  private static final EligibilityEngine ENGINE = EligibilityEngine.withBundledParameters();
  private static final LocalDate MAY_2026 = LocalDate.of(2026, 5, 10);

  private static BenefitResult result(List<BenefitResult> results, Benefit benefit) {
    return results.stream().filter(r -> r.benefit() == benefit).findFirst().orElseThrow();
  }

  @Test
  void evaluate_whenSingleTenantWithoutIncome_rsaLikelyWithAprilRevaluedAmount() {
    Person me = answered("p1", Role.DEMANDEUR, LocalDate.of(1985, 3, 15)).resources(Resources.NONE).build();
    Situation s = Situation.of(List.of(me), tenant(new BigDecimal("500"), new BigDecimal("250")));
    BenefitResult rsa = result(ENGINE.evaluate(s, MAY_2026), Benefit.RSA);
    assertThat(rsa.status()).isEqualTo(EligibilityStatus.LIKELY_ELIGIBLE);
    assertThat(rsa.monthlyAmount()).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("573.49"));
    assertThat(rsa.reasons()).contains("Vos ressources des 3 derniers mois, 0\u00A0€ par mois, sont inférieures au montant forfaitaire de 651,69\u00A0€ pour 1 personne.");
    assertThat(rsa.reasons()).anyMatch(r -> r.contains("forfait logement de 78,20\u00A0€"));
    assertThat(rsa.handledBy()).contains("CAF");
    assertThat(rsa.documents()).isNotEmpty();
  }

  @Test
  void evaluate_onDateBeforeRevaluation_usesTheOlderAmount() {
    Person me = answered("p1", Role.DEMANDEUR, LocalDate.of(1985, 3, 15)).resources(Resources.NONE).build();
    Situation s = Situation.of(List.of(me), tenant(new BigDecimal("500"), BigDecimal.ZERO));
    BenefitResult rsa = result(ENGINE.evaluate(s, LocalDate.of(2026, 3, 31)), Benefit.RSA);
    assertThat(rsa.monthlyAmount()).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("646.52"));
  }

  @Test
  void evaluate_whenResourcesUnknown_rsaCannotTellAndNamesThem() {
    Person me = Person.builder("p1", Role.DEMANDEUR).birthDate(LocalDate.of(1985, 3, 15)).build();
    Situation s = Situation.of(List.of(me), Housing.UNKNOWN);
    BenefitResult rsa = result(ENGINE.evaluate(s, MAY_2026), Benefit.RSA);
    assertThat(rsa.status()).isEqualTo(EligibilityStatus.CANNOT_TELL);
    assertThat(rsa.missingFacts()).contains("les ressources des derniers mois (vous)", "la nationalité (vous)")
        .anyMatch(m -> m.startsWith("votre situation de logement"));
    assertThat(rsa.monthlyAmount()).isEmpty();
  }

  @Test
  void evaluate_whenUnder25WithoutChildAndHoursNotMet_rsaNotEligibleEvenWithUnknowns() {
    Person me = Person.builder("p1", Role.DEMANDEUR).birthDate(LocalDate.of(2003, 1, 1)).youngWorkerHours(Fact.of(false)).build();
    BenefitResult rsa = result(ENGINE.evaluate(Situation.of(List.of(me), Housing.UNKNOWN), MAY_2026), Benefit.RSA);
    assertThat(rsa.status()).isEqualTo(EligibilityStatus.NOT_ELIGIBLE);
    assertThat(rsa.reasons().get(0)).contains("25 ans");
  }

  @Test
  void evaluate_whenSingleEarner_ppaLikelyWithTheNewBonification() {
    Person me = answered("p1", Role.DEMANDEUR, LocalDate.of(1990, 1, 1))
        .resources(steady(YearMonth.of(2026, 6), ResourceKind.WAGES, new BigDecimal("1400"))).build();
    Situation s = Situation.of(List.of(me), tenant(new BigDecimal("500"), BigDecimal.ZERO));
    BenefitResult ppa = result(ENGINE.evaluate(s, LocalDate.of(2026, 7, 1)), Benefit.PRIME_ACTIVITE);
    assertThat(ppa.status()).isEqualTo(EligibilityStatus.LIKELY_ELIGIBLE);
    assertThat(ppa.monthlyAmount()).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("248.45"));
  }

  @Test
  void evaluate_whenAged67WithoutResources_aspaMaximum() {
    Person me = answered("p1", Role.DEMANDEUR, LocalDate.of(1958, 9, 1)).resources(Resources.NONE).build();
    BenefitResult aspa = result(ENGINE.evaluate(Situation.of(List.of(me), tenant(BigDecimal.TEN, BigDecimal.ZERO)), LocalDate.of(2026, 1, 15)), Benefit.ASPA);
    assertThat(aspa.status()).isEqualTo(EligibilityStatus.LIKELY_ELIGIBLE);
    assertThat(aspa.monthlyAmount()).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("1043.60"));
  }

  @Test
  void evaluate_whenIncapacityUnknown_aahCannotTell_andApaNotEligibleUnder60() {
    Person me = answered("p1", Role.DEMANDEUR, LocalDate.of(1980, 6, 1)).incapacityRate(Fact.unknown()).resources(Resources.NONE).build();
    List<BenefitResult> results = ENGINE.evaluate(Situation.of(List.of(me), tenant(BigDecimal.TEN, BigDecimal.ZERO)), MAY_2026);
    assertThat(result(results, Benefit.AAH).missingFacts()).containsExactly("le taux d'incapacité reconnu par la MDPH (vous)");
    assertThat(result(results, Benefit.APA).status()).isEqualTo(EligibilityStatus.NOT_ELIGIBLE);
    assertThat(results).extracting(BenefitResult::benefit).containsExactly(Benefit.values());
  }

  @Test
  void evaluate_whenThreeChildren_afNetOfCrds() {
    Person p1 = answered("p1", Role.DEMANDEUR, LocalDate.of(1985, 1, 1)).resources(Resources.NONE).build();
    Person p2 = answered("p2", Role.CONJOINT, LocalDate.of(1986, 1, 1)).resources(Resources.NONE).build();
    List<Person> children = List.of(LocalDate.of(2016, 5, 1), LocalDate.of(2018, 5, 1), LocalDate.of(2021, 5, 1)).stream()
        .map(d -> answered("e" + d.getYear(), Role.ENFANT, d).resources(Resources.NONE).build()).toList();
    Situation s = Situation.of(java.util.stream.Stream.concat(java.util.stream.Stream.of(p1, p2), children.stream()).toList(),
        tenant(BigDecimal.TEN, BigDecimal.ZERO));
    BenefitResult af = result(ENGINE.evaluate(s, LocalDate.of(2026, 4, 1)), Benefit.ALLOCATIONS_FAMILIALES);
    assertThat(af.monthlyAmount()).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("347.31"));
  }

  @Test
  void evaluate_whenRfrKnownAndTenant_chequeEnergieFromTheCurrentScale() {
    Person me = answered("p1", Role.DEMANDEUR, LocalDate.of(1985, 1, 1)).resources(Resources.NONE).build();
    Situation s = new Situation(List.of(me), tenant(BigDecimal.TEN, BigDecimal.ZERO), Fact.of(false), Fact.of(false), Fact.of(false),
        Resources.NONE, Map.of(Year.of(2024), new BigDecimal("5000")), true, Map.of());
    BenefitResult ce = result(ENGINE.evaluate(s, MAY_2026), Benefit.CHEQUE_ENERGIE);
    assertThat(ce.status()).isEqualTo(EligibilityStatus.LIKELY_ELIGIBLE);
    assertThat(ce.reasons()).anyMatch(r -> r.contains("194\u00A0€"));
  }

  @Test
  void euros_areFormattedTheFrenchWay() {
    assertThat(Euros.format(new BigDecimal("1234.56"))).isEqualTo("1\u00A0234,56\u00A0€");
    assertThat(Euros.format(new BigDecimal("412"))).isEqualTo("412\u00A0€");
    assertThat(Euros.format(new BigDecimal("651.69"))).isEqualTo("651,69\u00A0€");
    assertThat(Euros.format(new BigDecimal("1000000.05"))).isEqualTo("1\u00A0000\u00A0000,05\u00A0€");
  }
}
