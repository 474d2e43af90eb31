package fr.guichet.eligibility;

import static fr.guichet.eligibility.Situations.answered;
import static fr.guichet.eligibility.Situations.steady;
import static fr.guichet.eligibility.Situations.tenant;

import fr.guichet.eligibility.situation.ResourceKind;
import fr.guichet.eligibility.situation.Resources;
import fr.guichet.eligibility.situation.Role;
import fr.guichet.eligibility.situation.Situation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Micro benchmark without JMH: evaluates every benefit for one household (couple, two children, one earner, tenant
 * with housing aid) after a warm-up, and prints microseconds per evaluation. Run: java -cp (test classpath)
 * fr.guichet.eligibility.EligibilityBench [iterations].
 */
public final class EligibilityBench {
  private EligibilityBench() {}

  public static void main(String[] args) {
    int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    LocalDate onDate = LocalDate.of(2026, 5, 10);
    YearMonth month = YearMonth.from(onDate);
    Situation situation = Situation.of(List.of(
        answered("p1", Role.DEMANDEUR, LocalDate.of(1985, 3, 15)).resources(steady(month, ResourceKind.WAGES, new BigDecimal("1150"))).build(),
        answered("p2", Role.CONJOINT, LocalDate.of(1987, 7, 2)).resources(Resources.NONE).build(),
        answered("e1", Role.ENFANT, LocalDate.of(2014, 9, 1)).resources(Resources.NONE).build(),
        answered("e2", Role.ENFANT, LocalDate.of(2019, 2, 1)).resources(Resources.NONE).build()),
        tenant(new BigDecimal("650"), new BigDecimal("210")));
    EligibilityEngine engine = EligibilityEngine.withBundledParameters();
    long sink = 0;
    for (int i = 0; i < iterations; i++) {
      sink += engine.evaluate(situation, onDate).size();
    }
    long start = System.nanoTime();
    for (int i = 0; i < iterations; i++) {
      sink += engine.evaluate(situation, onDate).size();
    }
    double micros = (System.nanoTime() - start) / 1_000.0 / iterations;
    System.out.printf("EligibilityBench: %.1f µs per evaluation of %d benefits (%d iterations after %d warm-up, check %d)%n",
        micros, Benefit.values().length, iterations, iterations, sink);
  }
}
