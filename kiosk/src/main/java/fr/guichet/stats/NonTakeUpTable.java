package fr.guichet.stats;

import fr.guichet.store.stats.StatsStore.NonTakeUp;
import java.util.List;

/**
 * Non-take-up per benefit: people whose latest visit found it probable while they said they do
 * not receive it, and the estimated monthly amount they leave unclaimed in total, rounded to
 * 100 euros. No total across benefits is published (a person counts under several), so hiding
 * the small counts is enough: no sum gives them back. The amount of a hidden count is hidden.
 */
public record NonTakeUpTable(Period period, int threshold, List<Line> lines) {

  /** One benefit; {@code euros} is rounded to 100. */
  public record Line(String benefit, long people, long euros, boolean hidden) {
    public String peopleShown(int threshold) {
      return hidden ? "< " + threshold : Long.toString(people);
    }

    public String eurosShown() {
      return hidden ? "s" : Long.toString(euros);
    }
  }

  public NonTakeUpTable {
    lines = List.copyOf(lines);
  }

  static NonTakeUpTable of(Period period, int threshold, List<NonTakeUp> raw) {
    return new NonTakeUpTable(period, threshold, raw.stream()
        .map(r -> new Line(r.benefit(), r.people(), roundedToHundred(r.monthlyEuros()),
            r.people() < threshold))
        .toList());
  }

  /** Totals of estimates are shown to the nearest 100 euros: they are orders of magnitude. */
  static long roundedToHundred(long euros) {
    return Math.round(euros / 100.0) * 100;
  }
}
