package fr.guichet.stats;

/**
 * Small-cell suppression of a table of counts with its totals, so that no count from 1 to
 * threshold − 1 appears, nor can be worked out from what does appear.
 *
 * <p>Primary: every cell (totals included) under {@code threshold} is hidden ("< 5"), zeros
 * too, so that "< 5" means 0 to 4 and never "at least one". Secondary: for each hidden count from
 * 1 up, other cells are hidden ("s", any value) until there is another table, equal to the
 * published one wherever it shows a number, whose "< 5" cells all stay between 0 and
 * threshold − 1, in which that cell has a different value. The
 * other table is found by moving 1 around a rectangle of cells (two cells of the same row, two of
 * the same column; a total counts as a cell of its row or column), which keeps every row and
 * column sum; in a one-way table, by moving 1 between two cells of the column (or a cell and the
 * total). Among the rectangles, the one hiding the fewest and smallest published cells is chosen.
 * Hiding a further cell only widens what a reader could believe, so every cell protected stays
 * protected.
 *
 * <p>The design note {@code kiosk/STATS.md} says what this does not cover (the same data
 * published in several tables).
 */
public final class Suppression {
  /** The lowest threshold allowed: below 3, a "< 3" still pins people down. */
  public static final int MIN_THRESHOLD = 3;
  public static final int DEFAULT_THRESHOLD = 5;

  /** How a cell is published. */
  public enum Shown { VALUE, SMALL, SECRET }

  private final long[][] x;
  private final Shown[][] shown;
  private final int rows;
  private final int cols;
  private final boolean twoWay;
  private final int threshold;

  private Suppression(long[][] x, boolean twoWay, int threshold) {
    this.x = x;
    this.twoWay = twoWay;
    this.threshold = threshold;
    this.rows = x.length - 1;
    this.cols = twoWay ? x[0].length - 1 : 1;
    this.shown = new Shown[x.length][x[0].length];
  }

  /**
   * Suppresses a two-way table: {@code inner[r][c]} are the cells; the row totals, column totals
   * and grand total are computed and published (or hidden) with them.
   */
  public static Suppression twoWay(long[][] inner, int threshold) {
    int r = inner.length;
    int c = r == 0 ? 0 : inner[0].length;
    long[][] x = new long[r + 1][c + 1];
    for (int i = 0; i < r; i++) {
      for (int j = 0; j < c; j++) {
        x[i][j] = inner[i][j];
        x[i][c] += inner[i][j];
        x[r][j] += inner[i][j];
        x[r][c] += inner[i][j];
      }
    }
    return new Suppression(x, true, checked(threshold)).run();
  }

  /** Suppresses a list of counts and its total (index {@code cells.length}). */
  public static Suppression oneWay(long[] cells, int threshold) {
    long[][] x = new long[cells.length + 1][1];
    for (int i = 0; i < cells.length; i++) {
      x[i][0] = cells[i];
      x[cells.length][0] += cells[i];
    }
    return new Suppression(x, false, checked(threshold)).run();
  }

  /** Refuses a threshold under {@value #MIN_THRESHOLD}. */
  public static int checked(int threshold) {
    if (threshold < MIN_THRESHOLD) {
      throw new StatsUsageException("Le seuil de secret ne peut pas être inférieur à "
          + MIN_THRESHOLD + " (demandé : " + threshold + ").");
    }
    return threshold;
  }

  /** The count at row {@code i}, column {@code j}; {@code i == rows()} is the totals row. */
  public long value(int i, int j) {
    return x[i][j];
  }

  public Shown shown(int i, int j) {
    return shown[i][j];
  }

  /** Inner rows (the totals row is at this index). */
  public int rows() {
    return rows;
  }

  /** Inner columns of a two-way table (the totals column is at this index); 1 for one-way. */
  public int cols() {
    return cols;
  }

  public boolean isTwoWay() {
    return twoWay;
  }

  public int threshold() {
    return threshold;
  }

  private Suppression run() {
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < x[i].length; j++) {
        shown[i][j] = x[i][j] < threshold && grandTotal() > 0 ? Shown.SMALL : Shown.VALUE;
      }
    }
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < x[i].length; j++) {
        if (shown[i][j] == Shown.SMALL && x[i][j] > 0) {
          protect(i, j);
        }
      }
    }
    return this;
  }

  private void protect(int i, int j) {
    int[][] best = null;
    long bestCount = Long.MAX_VALUE;
    long bestSum = Long.MAX_VALUE;
    for (int[][] move : moves(i, j)) {
      long count = 0;
      long sum = 0;
      for (int[] cell : move) {
        if (shown[cell[0]][cell[1]] == Shown.VALUE) {
          count++;
          sum += x[cell[0]][cell[1]];
        }
      }
      if (count < bestCount || (count == bestCount && sum < bestSum)) {
        best = move;
        bestCount = count;
        bestSum = sum;
        if (count == 0) {
          return;
        }
      }
    }
    if (best == null) {
      hideEverything();
      return;
    }
    for (int[] cell : best) {
      if (shown[cell[0]][cell[1]] == Shown.VALUE) {
        shown[cell[0]][cell[1]] = Shown.SECRET;
      }
    }
  }

  /** Every feasible move of 1 through (i, j), as the cells it changes. */
  private java.util.List<int[][]> moves(int i, int j) {
    java.util.List<int[][]> moves = new java.util.ArrayList<>();
    if (!twoWay) {
      for (int q = 0; q <= rows; q++) {
        if (q == i) {
          continue;
        }
        // Moving between two cells keeps the total; a cell and the total move together.
        for (int d = -1; d <= 1; d += 2) {
          boolean total = q == rows || i == rows;
          int other = total ? d : -d;
          if (fits(i, 0, d) && fits(q, 0, other)) {
            moves.add(new int[][] {{i, 0}, {q, 0}});
            break;
          }
        }
      }
      return moves;
    }
    for (int i2 = 0; i2 <= rows; i2++) {
      for (int j2 = 0; j2 <= cols; j2++) {
        if (i2 == i || j2 == j) {
          continue;
        }
        for (int d = -1; d <= 1; d += 2) {
          if (fits(i, j, sign(i, j) * d) && fits(i, j2, -sign(i, j2) * d)
              && fits(i2, j, -sign(i2, j) * d) && fits(i2, j2, sign(i2, j2) * d)) {
            moves.add(new int[][] {{i, j}, {i, j2}, {i2, j}, {i2, j2}});
            break;
          }
        }
      }
    }
    return moves;
  }

  /**
   * A total enters the row and column sums with the opposite sign of a cell: moving a cell by d
   * moves its row total by d too.
   */
  private int sign(int i, int j) {
    return (i == rows) ^ (j == cols) ? -1 : 1;
  }

  /** Whether cell (i, j) may change by {@code delta} and stay within what its display says. */
  private boolean fits(int i, int j, int delta) {
    long v = x[i][j] + delta;
    return shown[i][j] == Shown.SMALL ? v >= 0 && v < threshold : v >= 0;
  }

  private long grandTotal() {
    return x[x.length - 1][x[0].length - 1];
  }

  private void hideEverything() {
    for (int a = 0; a < x.length; a++) {
      for (int b = 0; b < x[a].length; b++) {
        if (shown[a][b] == Shown.VALUE) {
          shown[a][b] = Shown.SECRET;
        }
      }
    }
  }
}
