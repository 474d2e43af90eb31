package fr.guichet.eligibility;

import static fr.guichet.eligibility.Situations.answered;
import static fr.guichet.eligibility.Situations.steady;
import static fr.guichet.eligibility.Situations.tenant;

import fr.guichet.eligibility.assessment.BenefitAssessment;
import fr.guichet.eligibility.parameters.LegalParameters;
import fr.guichet.eligibility.situation.ResourceKind;
import fr.guichet.eligibility.situation.Resources;
import fr.guichet.eligibility.situation.Role;
import fr.guichet.eligibility.situation.Situation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

/**
 * The eligibility line of bench/run.sh peers (a plain main, not a test): every national benefit
 * for one household (couple, two children, one wage, tenant with housing aid), µs p50, next to
 * the seven benefits of the first turn (RSA to chèque énergie) on the same situation, interleaved.
 * Args: [rounds].
 */
public final class EligibilityPeers {
  private EligibilityPeers() {}

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    LocalDate onDate = LocalDate.of(2026, 5, 10);
    YearMonth month = YearMonth.from(onDate);
    Situation situation = Situation.of(List.of(
        answered("p1", Role.DEMANDEUR, LocalDate.of(1985, 3, 15)).resources(steady(month, ResourceKind.WAGES, new BigDecimal("1150"))).build(),
        answered("p2", Role.CONJOINT, LocalDate.of(1987, 7, 2)).resources(Resources.NONE).build(),
        answered("e1", Role.ENFANT, LocalDate.of(2014, 9, 1)).resources(Resources.NONE).build(),
        answered("e2", Role.ENFANT, LocalDate.of(2019, 2, 1)).resources(Resources.NONE).build()),
        tenant(new BigDecimal("650"), new BigDecimal("210")));
    EligibilityEngine engine = EligibilityEngine.withBundledParameters();
    LegalParameters parameters = LegalParameters.bundled();
    java.util.Set<Benefit> turnOne = java.util.EnumSet.of(Benefit.RSA, Benefit.PRIME_ACTIVITE, Benefit.COMPLEMENTAIRE_SANTE_SOLIDAIRE,
        Benefit.ASPA, Benefit.AAH, Benefit.ALLOCATIONS_FAMILIALES, Benefit.CHEQUE_ENERGIE);
    List<BenefitAssessment> firstSeven = EligibilityEngine.assessments().stream().filter(a -> turnOne.contains(a.benefit())).toList();
    long[] all = new long[rounds];
    long[] seven = new long[rounds];
    long sink = 0;
    for (int i = -rounds; i < rounds; i++) {
      long t0 = System.nanoTime();
      sink += engine.evaluate(situation, onDate).size();
      long t1 = System.nanoTime();
      for (BenefitAssessment a : firstSeven) sink += a.assess(situation, onDate, parameters).reasons().size();
      long t2 = System.nanoTime();
      if (i >= 0) {
        all[i] = t1 - t0;
        seven[i] = t2 - t1;
      }
    }
    System.out.printf("eligibility: all %d national benefits for one household p50 %.1f µs p99 %.1f;"
        + " the 7 of the first turn p50 %.1f µs; ratio %.2f; µs %.1f%n",
        EligibilityEngine.assessments().size(), p(all, 50) / 1e3, p(all, 99) / 1e3, p(seven, 50) / 1e3,
        (double) p(all, 50) / p(seven, 50), p(all, 50) / 1e3 + sink * 0);
  }

  private static long p(long[] nanos, int percent) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[Math.min(sorted.length - 1, sorted.length * percent / 100)];
  }
}
