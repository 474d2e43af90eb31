package fr.guichet.eligibility;

import static fr.guichet.eligibility.Situations.answered;
import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.eligibility.national.Aah;
import fr.guichet.eligibility.national.AllocationsFamiliales;
import fr.guichet.eligibility.national.Aspa;
import fr.guichet.eligibility.national.ChequeEnergie;
import fr.guichet.eligibility.national.ComplementaireSanteSolidaire;
import fr.guichet.eligibility.national.PrimeActivite;
import fr.guichet.eligibility.national.Rsa;
import fr.guichet.eligibility.parameters.LegalParameters;
import fr.guichet.eligibility.situation.Fact;
import fr.guichet.eligibility.situation.Housing;
import fr.guichet.eligibility.situation.HousingStatus;
import fr.guichet.eligibility.situation.Person;
import fr.guichet.eligibility.situation.ResourceKind;
import fr.guichet.eligibility.situation.Resources;
import fr.guichet.eligibility.situation.Role;
import fr.guichet.eligibility.situation.Situation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * Property checks with a seeded Random: for each means-tested benefit, more income never raises the amount and never
 * turns "not eligible" into "eligible". For the prime d'activité, whose amount rises with earnings by design, the income
 * varied is the non-activity income (unemployment benefits, pensions, alimony).
 */
class MoreIncomePropertyTest {
  private static final LegalParameters P = LegalParameters.bundled();
  private static final EligibilityEngine ENGINE = new EligibilityEngine(P);
  private static final int RUNS = 150;
  private static final HousingStatus[] STATUSES = {HousingStatus.TENANT_UNFURNISHED, HousingStatus.OWNER, HousingStatus.LODGED_FREE, HousingStatus.NOT_STATED};

  private record Household(YearMonth month, Situation poorer, Situation richer) {}

  @Test
  void rsa_moreIncome_neverRaisesAmount() {
    check(ResourceKind.WAGES, 1, (s, m) -> Rsa.compute(s, m, P).amount(), Benefit.RSA);
  }

  @Test
  void primeActivite_moreOtherIncome_neverRaisesAmount() {
    check(ResourceKind.UNEMPLOYMENT_BENEFITS, 2, (s, m) -> PrimeActivite.compute(s, m, P).amount(), Benefit.PRIME_ACTIVITE);
  }

  @Test
  void css_moreIncome_neverImprovesTheOutcome() {
    check(ResourceKind.WAGES, 3, (s, m) -> {
      ComplementaireSanteSolidaire.Computation c = ComplementaireSanteSolidaire.compute(s, m, P);
      return BigDecimal.valueOf(c.free() ? 2 : c.withParticipation() ? 1 : 0);
    }, Benefit.COMPLEMENTAIRE_SANTE_SOLIDAIRE);
  }

  @Test
  void aspa_moreIncome_neverRaisesAmount() {
    check(ResourceKind.PENSIONS, 4, (s, m) -> Aspa.compute(s, m, P).amount(), Benefit.ASPA);
  }

  @Test
  void aah_moreIncome_neverRaisesAmount() {
    check(ResourceKind.WAGES, 5, (s, m) -> s.parents().stream().map(x -> Aah.compute(s, x, m, P).amount()).reduce(BigDecimal.ZERO, BigDecimal::add),
        Benefit.AAH);
  }

  @Test
  void allocationsFamiliales_moreIncome_neverRaisesAmount() {
    check(ResourceKind.WAGES, 6, (s, m) -> AllocationsFamiliales.compute(s, m, P).amount(), Benefit.ALLOCATIONS_FAMILIALES);
  }

  @Test
  void chequeEnergie_moreTaxIncome_neverRaisesAmount() {
    Random random = new Random(7);
    for (int i = 0; i < RUNS; i++) {
      Household h = household(random, ResourceKind.WAGES);
      int year = h.month().getYear();
      BigDecimal rfr = BigDecimal.valueOf(random.nextInt(30_000));
      BigDecimal more = rfr.add(BigDecimal.valueOf(1 + random.nextInt(10_000)));
      BigDecimal a = ChequeEnergie.compute(withRfr(h.poorer(), year - 2, rfr), Year.of(year), P).amount();
      BigDecimal b = ChequeEnergie.compute(withRfr(h.poorer(), year - 2, more), Year.of(year), P).amount();
      assertThat(b).as("run %d", i).isLessThanOrEqualTo(a);
    }
  }

  private static Situation withRfr(Situation s, int year, BigDecimal rfr) {
    return new Situation(s.persons(), s.housing(), s.recentIsolation(), s.rsaExperimentDepartement(), s.married(), s.householdBenefits(),
        Map.of(Year.of(year), rfr), true, Map.of());
  }

  private static void check(ResourceKind kind, long seed, BiFunction<Situation, YearMonth, BigDecimal> amount, Benefit benefit) {
    Random random = new Random(seed);
    int positives = 0;
    for (int i = 0; i < RUNS; i++) {
      Household h = household(random, kind);
      BigDecimal poorer = amount.apply(h.poorer(), h.month());
      BigDecimal richer = amount.apply(h.richer(), h.month());
      assertThat(richer).as("run %d, %s", i, benefit).isLessThanOrEqualTo(poorer.add(new BigDecimal("1e-9")));
      EligibilityStatus before = status(h.poorer(), h.month(), benefit);
      EligibilityStatus after = status(h.richer(), h.month(), benefit);
      if (before == EligibilityStatus.NOT_ELIGIBLE) {
        assertThat(after).as("run %d, %s", i, benefit).isEqualTo(EligibilityStatus.NOT_ELIGIBLE);
      }
      positives += poorer.signum() > 0 ? 1 : 0;
    }
    assertThat(positives).as("the generator must reach households that get %s", benefit).isGreaterThan(RUNS / 20);
  }

  private static EligibilityStatus status(Situation s, YearMonth m, Benefit benefit) {
    return ENGINE.evaluate(s, m.atDay(1)).stream().filter(r -> r.benefit() == benefit).findFirst().orElseThrow().status();
  }

  /** A random household in 2018-2026; the richer twin has more of {@code kind} for one adult, every month. */
  private static Household household(Random random, ResourceKind kind) {
    YearMonth month = YearMonth.of(2018 + random.nextInt(9), 1 + random.nextInt(12));
    boolean couple = random.nextBoolean();
    int children = random.nextInt(4);
    int adultAge = 20 + random.nextInt(60);
    BigDecimal base = BigDecimal.valueOf(random.nextInt(kind == ResourceKind.WAGES ? 2500 : 1200));
    BigDecimal extra = BigDecimal.valueOf(1 + random.nextInt(800));
    BigDecimal wages = kind == ResourceKind.WAGES ? BigDecimal.ZERO : BigDecimal.valueOf(random.nextInt(2000));
    BigDecimal incapacity = random.nextInt(3) == 0 ? new BigDecimal("0.8") : BigDecimal.ZERO;
    Housing housing = new Housing(Fact.of(STATUSES[random.nextInt(STATUSES.length)]), Fact.of(BigDecimal.valueOf(400)),
        Fact.of(BigDecimal.valueOf(random.nextInt(3) == 0 ? 150 : 0)), Fact.of(false), "69381", "69");
    List<Person> poorer = new ArrayList<>();
    List<Person> richer = new ArrayList<>();
    for (int i = 0; i < (couple ? 2 : 1); i++) {
      LocalDate birth = month.atDay(1).minusYears(adultAge + i).minusDays(10);
      Role role = i == 0 ? Role.DEMANDEUR : Role.CONJOINT;
      poorer.add(answered("a" + i, role, birth).incapacityRate(Fact.of(incapacity)).resources(income(month, kind, base, wages)).build());
      richer.add(answered("a" + i, role, birth).incapacityRate(Fact.of(incapacity)).resources(income(month, kind, i == 0 ? base.add(extra) : base, wages)).build());
    }
    for (int c = 0; c < children; c++) {
      Person child = answered("e" + c, Role.ENFANT, month.atDay(1).minusYears(1 + random.nextInt(18))).resources(Resources.NONE).build();
      poorer.add(child);
      richer.add(child);
    }
    return new Household(month, Situation.of(poorer, housing), Situation.of(richer, housing));
  }

  private static Resources income(YearMonth month, ResourceKind kind, BigDecimal monthly, BigDecimal wages) {
    Map<ResourceKind, Map<YearMonth, BigDecimal>> byKind = new EnumMap<>(ResourceKind.class);
    byKind.put(kind, everyMonth(month, monthly));
    if (wages.signum() > 0) {
      byKind.put(ResourceKind.WAGES, everyMonth(month, wages));
    }
    Map<YearMonth, BigDecimal> months = byKind.get(kind);
    Map<ResourceKind, Map<Year, BigDecimal>> yearly = new EnumMap<>(ResourceKind.class);
    if (kind == ResourceKind.WAGES) {
      byKind.put(ResourceKind.TAXABLE_WAGES, months);
      yearly.put(ResourceKind.DECLARED_WAGES, Map.of(Year.of(month.getYear() - 2), monthly.multiply(BigDecimal.valueOf(12))));
    }
    return new Resources(byKind, yearly);
  }

  private static Map<YearMonth, BigDecimal> everyMonth(YearMonth month, BigDecimal amount) {
    Map<YearMonth, BigDecimal> months = new HashMap<>();
    for (int i = 0; i <= 36; i++) {
      months.put(month.minusMonths(i), amount);
    }
    return months;
  }
}
