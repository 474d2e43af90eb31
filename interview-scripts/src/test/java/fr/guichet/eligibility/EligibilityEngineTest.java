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

  /** A parent alone with children born on the given dates, no income in any year, unfurnished tenant. */
  private static Situation aloneWith(Resources parentResources, LocalDate... births) {
    Person me = answered("p1", Role.DEMANDEUR, LocalDate.of(1990, 6, 11)).resources(parentResources).build();
    List<Person> persons = new java.util.ArrayList<>(List.of(me));
    for (LocalDate d : births) persons.add(answered("e" + d, Role.ENFANT, d).resources(Resources.NONE).build());
    return Situation.of(persons, tenant(new BigDecimal("520"), BigDecimal.ZERO));
  }

  @Test
  void evaluate_whenParentAloneWithTwoSchoolChildren_asfAndArsWithAmountsAndReasons() {
    Situation s = aloneWith(Resources.NONE, LocalDate.of(2014, 5, 10), LocalDate.of(2018, 9, 3));
    List<BenefitResult> results = ENGINE.evaluate(s, LocalDate.of(2026, 11, 25));
    BenefitResult asf = result(results, Benefit.SOUTIEN_FAMILIAL);
    // 2 × 0.422 × BMAF 478.16 = 403.57 €, less 0.5 % CRDS.
    assertThat(asf.monthlyAmount()).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("401.55"));
    assertThat(asf.reasons()).anyMatch(r -> r.contains("Aucune pension alimentaire"));
    BenefitResult ars = result(results, Benefit.RENTREE_SCOLAIRE);
    // Collège 0.9467 + primaire 0.8972 BMAF = 881.68 €, less CRDS; paid once, so no monthly amount.
    assertThat(ars.status()).isEqualTo(EligibilityStatus.LIKELY_ELIGIBLE);
    assertThat(ars.monthlyAmount()).isEmpty();
    assertThat(ars.reasons()).anyMatch(r -> r.contains("877,27\u00A0€") && r.contains("fin août"));
    assertThat(ars.reasons()).anyMatch(r -> r.contains("1 de 6 à 10 ans") && r.contains("1 de 11 à 14 ans"));
    assertThat(result(results, Benefit.COMPLEMENT_FAMILIAL).status()).isEqualTo(EligibilityStatus.NOT_ELIGIBLE);
    assertThat(result(results, Benefit.PAJE_BASE).reasons()).anyMatch(r -> r.contains("moins de 3 ans"));
  }

  @Test
  void evaluate_whenAlimonyReceived_asfOnlyCompletesIt() {
    Resources alimony = steady(YearMonth.of(2026, 11), ResourceKind.ALIMONY, new BigDecimal("150"));
    BenefitResult asf = result(ENGINE.evaluate(aloneWith(alimony, LocalDate.of(2014, 5, 10)), LocalDate.of(2026, 11, 25)),
        Benefit.SOUTIEN_FAMILIAL);
    // 201.78 − 150 = 51.78 €, less CRDS.
    assertThat(asf.monthlyAmount()).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("51.52"));
    assertThat(asf.reasons()).anyMatch(r -> r.contains("150\u00A0€") && r.contains("complète"));
  }

  @Test
  void evaluate_whenBabyAndNoIncome_pajeBaseFullRate_andCfNotPaidAlongside() {
    Situation s = aloneWith(Resources.NONE, LocalDate.of(2012, 1, 1), LocalDate.of(2014, 1, 1), LocalDate.of(2019, 1, 1),
        LocalDate.of(2025, 6, 1));
    List<BenefitResult> results = ENGINE.evaluate(s, LocalDate.of(2026, 5, 1));
    // 0.4165 × 478.16 = 199.15 €, less CRDS.
    assertThat(result(results, Benefit.PAJE_BASE).monthlyAmount()).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("198.16"));
    BenefitResult cf = result(results, Benefit.COMPLEMENT_FAMILIAL);
    assertThat(cf.status()).isEqualTo(EligibilityStatus.NOT_ELIGIBLE);
    assertThat(cf.reasons()).anyMatch(r -> r.contains("ne se cumule pas"));
  }

  @Test
  void evaluate_whenChildrenAgesUnknown_familyBenefitsCannotTellAndSaySo() {
    Person me = answered("p1", Role.DEMANDEUR, LocalDate.of(1990, 6, 11)).resources(Resources.NONE).build();
    Person child = Person.builder("e1", Role.ENFANT).resources(Resources.NONE).build();
    List<BenefitResult> results = ENGINE.evaluate(Situation.of(List.of(me, child), tenant(BigDecimal.TEN, BigDecimal.ZERO)), MAY_2026);
    for (Benefit b : List.of(Benefit.SOUTIEN_FAMILIAL, Benefit.PAJE_BASE, Benefit.RENTREE_SCOLAIRE)) {
      BenefitResult r = result(results, b);
      assertThat(r.status()).as(b.name()).isEqualTo(EligibilityStatus.CANNOT_TELL);
      assertThat(r.missingFacts()).as(b.name()).anyMatch(f -> f.contains("date de naissance"));
      assertThat(r.monthlyAmount()).isEmpty();
    }
  }

  @Test
  void euros_areFormattedTheFrenchWay() {
    assertThat(Euros.format(new BigDecimal("1234.56"))).isEqualTo("1\u00A0234,56\u00A0€");
    assertThat(Euros.format(new BigDecimal("412"))).isEqualTo("412\u00A0€");
    assertThat(Euros.format(new BigDecimal("651.69"))).isEqualTo("651,69\u00A0€");
    assertThat(Euros.format(new BigDecimal("1000000.05"))).isEqualTo("1\u00A0000\u00A0000,05\u00A0€");
  }
}
