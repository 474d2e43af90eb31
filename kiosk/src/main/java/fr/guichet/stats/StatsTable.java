package fr.guichet.stats;

import fr.guichet.store.stats.StatsDimension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Counts by one or more dimensions over a period, as they may be published: small counts and
 * the cells that would give them away are hidden, with the table's totals.
 */
public record StatsTable(Period period, List<StatsDimension> dimensions, int threshold,
    List<Line> lines) {
  /** The word the totals carry in their dimension columns. */
  public static final String TOTAL = "Total";

  /** One published count: its dimension values (or {@link #TOTAL}), count and display. */
  public record Line(List<String> values, long count, Suppression.Shown shown, boolean total) {
    public Line {
      values = List.copyOf(values);
    }

    /** The count as printed: the number, "< 5" or "s". */
    public String display(int threshold) {
      return switch (shown) {
        case VALUE -> Long.toString(count);
        case SMALL -> "< " + threshold;
        case SECRET -> "s";
      };
    }

    /** True when the number itself may be read. */
    public boolean readable() {
      return shown == Suppression.Shown.VALUE;
    }
  }

  public StatsTable {
    dimensions = List.copyOf(dimensions);
    lines = List.copyOf(lines);
  }

  /** The grand total line (the only line of a table without dimensions). */
  public Line grandTotal() {
    return lines.get(lines.size() - 1);
  }

  /** True when no visit at all falls in the period. */
  public boolean empty() {
    return grandTotal().count() == 0;
  }

  /** The inner (non-total) lines. */
  public List<Line> cells() {
    return lines.stream().filter(l -> !l.total()).toList();
  }

  /** Builds the table from raw counts keyed by dimension values, and suppresses it. */
  static StatsTable of(Period period, List<StatsDimension> dimensions, int threshold,
      Map<List<String>, Long> counts) {
    int n = dimensions.size();
    if (n == 0) {
      long total = counts.values().stream().mapToLong(Long::longValue).sum();
      return new StatsTable(period, dimensions, threshold,
          List.of(new Line(List.of(), total, total > 0 && total < threshold
              ? Suppression.Shown.SMALL : Suppression.Shown.VALUE, true)));
    }
    if (n == 1) {
      List<String> keys = new ArrayList<>(new TreeSet<>(
          counts.keySet().stream().map(k -> k.get(0)).toList()));
      long[] cells = new long[keys.size()];
      for (int i = 0; i < keys.size(); i++) {
        cells[i] = counts.getOrDefault(List.of(keys.get(i)), 0L);
      }
      Suppression s = Suppression.oneWay(cells, threshold);
      List<Line> lines = new ArrayList<>();
      for (int i = 0; i <= keys.size(); i++) {
        boolean total = i == keys.size();
        lines.add(new Line(List.of(total ? TOTAL : keys.get(i)), s.value(i, 0), s.shown(i, 0),
            total));
      }
      return new StatsTable(period, dimensions, threshold, lines);
    }
    return twoWay(period, dimensions, threshold, counts);
  }

  private static StatsTable twoWay(Period period, List<StatsDimension> dimensions,
      int threshold, Map<List<String>, Long> counts) {
    int n = dimensions.size();
    TreeMap<List<String>, Integer> rowIndex = new TreeMap<>(StatsTable::compareKeys);
    TreeMap<String, Integer> colIndex = new TreeMap<>();
    for (List<String> key : counts.keySet()) {
      rowIndex.put(key.subList(0, n - 1), 0);
      colIndex.put(key.get(n - 1), 0);
    }
    List<List<String>> rowKeys = new ArrayList<>(rowIndex.keySet());
    List<String> colKeys = new ArrayList<>(colIndex.keySet());
    for (int i = 0; i < rowKeys.size(); i++) {
      rowIndex.put(rowKeys.get(i), i);
    }
    for (int j = 0; j < colKeys.size(); j++) {
      colIndex.put(colKeys.get(j), j);
    }
    long[][] inner = new long[rowKeys.size()][colKeys.size()];
    counts.forEach((key, count) ->
        inner[rowIndex.get(key.subList(0, n - 1))][colIndex.get(key.get(n - 1))] += count);
    Suppression s = Suppression.twoWay(inner, threshold);
    List<Line> lines = new ArrayList<>();
    List<String> totalRow = java.util.Collections.nCopies(n - 1, TOTAL);
    for (int i = 0; i <= rowKeys.size(); i++) {
      List<String> rowKey = i == rowKeys.size() ? totalRow : rowKeys.get(i);
      for (int j = 0; j <= colKeys.size(); j++) {
        boolean total = i == rowKeys.size() || j == colKeys.size();
        if (!total && s.value(i, j) == 0 && s.shown(i, j) == Suppression.Shown.VALUE) {
          continue;
        }
        List<String> values = new ArrayList<>(rowKey);
        values.add(j == colKeys.size() ? TOTAL : colKeys.get(j));
        lines.add(new Line(values, s.value(i, j), s.shown(i, j), total));
      }
    }
    // The grand total last, as grandTotal() expects.
    return new StatsTable(period, dimensions, threshold, lines);
  }

  private static int compareKeys(List<String> a, List<String> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }
}
