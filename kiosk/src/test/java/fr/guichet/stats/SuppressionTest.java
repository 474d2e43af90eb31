package fr.guichet.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.stats.Suppression.Shown;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Small-cell suppression, checked on thousands of random tables by an independent search: for
 * every hidden small count, another table exists that agrees with everything published (numbers
 * shown, row and column totals, "< 5" meaning 0 to 4) and gives that cell a different value. So
 * no hidden count can be worked out from the totals.
 */
class SuppressionTest {

  @ParameterizedTest
  @ValueSource(ints = {3, 5, 7})
  void twoWayTables_noHiddenSmallCountCanBeRecomputed(int threshold) {
    Random random = new Random(20261204L + threshold);
    int smallSeen = 0;
    for (int t = 0; t < 1500; t++) {
      int rows = 1 + random.nextInt(4);
      int cols = 1 + random.nextInt(4);
      long[][] inner = new long[rows][cols];
      for (long[] row : inner) {
        for (int j = 0; j < cols; j++) {
          row[j] = random.nextInt(3) == 0 ? 0 : random.nextInt(2 * threshold + 3);
        }
      }
      Suppression s = Suppression.twoWay(inner, threshold);
      assertPublishedNothingSmall(s);
      smallSeen += assertEverySmallCellUndetermined(s, inner);
    }
    assertThat(smallSeen).as("the tables had small cells to protect").isGreaterThan(1000);
  }

  @Test
  void oneWayLists_noHiddenSmallCountCanBeRecomputed() {
    Random random = new Random(42);
    int smallSeen = 0;
    for (int t = 0; t < 3000; t++) {
      long[] cells = new long[1 + random.nextInt(6)];
      for (int i = 0; i < cells.length; i++) {
        cells[i] = random.nextInt(3) == 0 ? 0 : random.nextInt(14);
      }
      Suppression s = Suppression.oneWay(cells, 5);
      assertPublishedNothingSmall(s);
      smallSeen += assertEverySmallCellUndetermined(s, null);
    }
    assertThat(smallSeen).isGreaterThan(1000);
  }

  @Test
  void oneSmallCellInARow_takesAPartner_shownAsSecret() {
    Suppression s = Suppression.twoWay(new long[][] {{3, 20, 30}, {25, 40, 50}}, 5);
    assertThat(s.shown(0, 0)).isEqualTo(Shown.SMALL);
    long secrets = 0;
    for (int i = 0; i <= s.rows(); i++) {
      for (int j = 0; j <= s.cols(); j++) {
        secrets += s.shown(i, j) == Shown.SECRET ? 1 : 0;
      }
    }
    assertThat(secrets).isEqualTo(3);
    assertThat(s.shown(0, 1)).as("the smallest partner in the row").isEqualTo(Shown.SECRET);
    assertThat(s.shown(1, 0)).isEqualTo(Shown.SECRET);
    assertThat(s.shown(1, 1)).isEqualTo(Shown.SECRET);
    assertThat(s.shown(2, 3)).as("the grand total stays").isEqualTo(Shown.VALUE);
  }

  @Test
  void checker_findsTheCellWhenOnlyPrimarySuppressionIsDone() {
    // The search below must be able to fail: with the small cell alone hidden, its row total
    // gives it back, and the search says so.
    long[][] x = {{3, 20, 23}, {25, 40, 65}, {28, 60, 88}};
    Shown[][] shown = new Shown[3][3];
    for (Shown[] row : shown) {
      java.util.Arrays.fill(row, Shown.VALUE);
    }
    shown[0][0] = Shown.SMALL;
    assertThat(Undetermined.check(x, shown, 5, true, 0, 0)).isFalse();
  }

  @Test
  void threshold_underThree_isRefused() {
    assertThatThrownBy(() -> Suppression.twoWay(new long[][] {{1}}, 2))
        .isInstanceOf(StatsUsageException.class)
        .hasMessageContaining("ne peut pas être inférieur à 3");
  }

  @Test
  void tinyTable_everythingSmall_staysHidden() {
    Suppression s = Suppression.twoWay(new long[][] {{1}}, 5);
    assertThat(s.shown(0, 0)).isEqualTo(Shown.SMALL);
    assertThat(s.shown(1, 1)).isEqualTo(Shown.SMALL);
    assertEverySmallCellUndetermined(s, null);
  }

  private static void assertPublishedNothingSmall(Suppression s) {
    for (int i = 0; i <= s.rows(); i++) {
      for (int j = 0; j <= (s.isTwoWay() ? s.cols() : 0); j++) {
        long v = s.value(i, j);
        if (s.shown(i, j) == Shown.VALUE) {
          assertThat(v >= s.threshold() || s.value(s.rows(), s.isTwoWay() ? s.cols() : 0) == 0)
              .as("published %d", v).isTrue();
        }
        if (s.shown(i, j) == Shown.SMALL) {
          assertThat(v).isBetween(0L, s.threshold() - 1L);
        }
      }
    }
  }

  private static int assertEverySmallCellUndetermined(Suppression s, long[][] inner) {
    int n = s.rows() + 1;
    int m = s.isTwoWay() ? s.cols() + 1 : 1;
    long[][] x = new long[n][m];
    Shown[][] shown = new Shown[n][m];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        x[i][j] = s.value(i, j);
        shown[i][j] = s.shown(i, j);
      }
    }
    int small = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        if (shown[i][j] == Shown.SMALL && x[i][j] > 0) {
          small++;
          assertThat(Undetermined.check(x, shown, s.threshold(), s.isTwoWay(), i, j))
              .as("cell (%d,%d) of %s shown %s", i, j, java.util.Arrays.deepToString(x),
                  java.util.Arrays.deepToString(shown))
              .isTrue();
        }
      }
    }
    return small;
  }

  /**
   * An exhaustive search, independent of the suppression's own reasoning: hidden cells take
   * values near their true ones (within 2), within what their display says; every row and column
   * equation (cells sum to their total) must hold; is there such a table where the target differs?
   */
  static final class Undetermined {
    private final long[][] x;
    private final Shown[][] shown;
    private final int k;
    private final boolean twoWay;
    private final List<int[]> hidden = new ArrayList<>();
    private final long[][] y;
    private final int ti;
    private final int tj;

    private Undetermined(long[][] x, Shown[][] shown, int k, boolean twoWay, int ti, int tj) {
      this.x = x;
      this.shown = shown;
      this.k = k;
      this.twoWay = twoWay;
      this.ti = ti;
      this.tj = tj;
      this.y = new long[x.length][x[0].length];
      for (int i = 0; i < x.length; i++) {
        for (int j = 0; j < x[0].length; j++) {
          y[i][j] = x[i][j];
          if (shown[i][j] != Shown.VALUE) {
            hidden.add(new int[] {i, j});
          }
        }
      }
    }

    static boolean check(long[][] x, Shown[][] shown, int k, boolean twoWay, int i, int j) {
      return new Undetermined(x, shown, k, twoWay, i, j).search(0);
    }

    private boolean search(int index) {
      if (index == hidden.size()) {
        return y[ti][tj] != x[ti][tj] && equationsHold();
      }
      int[] c = hidden.get(index);
      long truth = x[c[0]][c[1]];
      for (long v = truth - 2; v <= truth + 2; v++) {
        boolean fits = shown[c[0]][c[1]] == Shown.SMALL ? v >= 0 && v < k : v >= 0;
        if (!fits) {
          continue;
        }
        y[c[0]][c[1]] = v;
        current = index + 1;
        if (partialHolds() && search(index + 1)) {
          return true;
        }
      }
      y[c[0]][c[1]] = truth;
      current = index;
      return false;
    }

    /** Checks the equations whose cells are all decided so far (hidden cells are decided in order). */
    private boolean partialHolds() {
      return equationsHold(true);
    }

    private boolean equationsHold() {
      return equationsHold(false);
    }

    private boolean equationsHold(boolean partial) {
      int n = x.length - 1;
      int m = x[0].length - 1;
      if (!twoWay) {
        if (partial && !decided(0, n, 0, 0)) {
          return true;
        }
        long sum = 0;
        for (int i = 0; i < n; i++) {
          sum += y[i][0];
        }
        return sum == y[n][0];
      }
      for (int i = 0; i <= n; i++) {
        if (partial && !decided(i, i, 0, m)) {
          continue;
        }
        long sum = 0;
        for (int j = 0; j < m; j++) {
          sum += y[i][j];
        }
        if (sum != y[i][m]) {
          return false;
        }
      }
      for (int j = 0; j <= m; j++) {
        if (partial && !decided(0, n, j, j)) {
          continue;
        }
        long sum = 0;
        for (int i = 0; i < n; i++) {
          sum += y[i][j];
        }
        if (sum != y[n][j]) {
          return false;
        }
      }
      return true;
    }

    /** True when every hidden cell in the block has been given a value by the search. */
    private boolean decided(int i0, int i1, int j0, int j1) {
      for (int h = 0; h < hidden.size(); h++) {
        int[] c = hidden.get(h);
        if (c[0] >= i0 && c[0] <= i1 && c[1] >= j0 && c[1] <= j1 && !assigned(h)) {
          return false;
        }
      }
      return true;
    }

    private boolean assigned(int h) {
      return h < current;
    }

    /** How many hidden cells (in order) the search has given a value. */
    private int current;
  }
}
