package fr.guichet.tui;

import java.util.Map;

/**
 * Resume codes in large block letters (5 rows, 5 columns a character), so that a person can copy
 * the code from across the desk. Only the code alphabet (no 0, O, 1, I, L) and the dash are drawn.
 */
final class BigText {
  static final int ROWS = 5;

  private static final Map<Character, String> GLYPHS = Map.ofEntries(
      Map.entry('2', ".###.|#...#|..##.|.#...|#####"),
      Map.entry('3', "####.|....#|.###.|....#|####."),
      Map.entry('4', "#...#|#...#|#####|....#|....#"),
      Map.entry('5', "#####|#....|####.|....#|####."),
      Map.entry('6', ".###.|#....|####.|#...#|.###."),
      Map.entry('7', "#####|....#|...#.|..#..|..#.."),
      Map.entry('8', ".###.|#...#|.###.|#...#|.###."),
      Map.entry('9', ".###.|#...#|.####|....#|.###."),
      Map.entry('A', ".###.|#...#|#####|#...#|#...#"),
      Map.entry('B', "####.|#...#|####.|#...#|####."),
      Map.entry('C', ".####|#....|#....|#....|.####"),
      Map.entry('D', "####.|#...#|#...#|#...#|####."),
      Map.entry('E', "#####|#....|####.|#....|#####"),
      Map.entry('F', "#####|#....|####.|#....|#...."),
      Map.entry('G', ".####|#....|#..##|#...#|.####"),
      Map.entry('H', "#...#|#...#|#####|#...#|#...#"),
      Map.entry('J', "....#|....#|....#|#...#|.###."),
      Map.entry('K', "#...#|#..#.|###..|#..#.|#...#"),
      Map.entry('M', "#...#|##.##|#.#.#|#...#|#...#"),
      Map.entry('N', "#...#|##..#|#.#.#|#..##|#...#"),
      Map.entry('P', "####.|#...#|####.|#....|#...."),
      Map.entry('Q', ".###.|#...#|#...#|#..#.|.##.#"),
      Map.entry('R', "####.|#...#|####.|#..#.|#...#"),
      Map.entry('S', ".####|#....|.###.|....#|####."),
      Map.entry('T', "#####|..#..|..#..|..#..|..#.."),
      Map.entry('U', "#...#|#...#|#...#|#...#|.###."),
      Map.entry('V', "#...#|#...#|#...#|.#.#.|..#.."),
      Map.entry('W', "#...#|#...#|#.#.#|##.##|#...#"),
      Map.entry('X', "#...#|.#.#.|..#..|.#.#.|#...#"),
      Map.entry('Y', "#...#|.#.#.|..#..|..#..|..#.."),
      Map.entry('Z', "#####|...#.|..#..|.#...|#####"),
      Map.entry('-', ".....|.....|.###.|.....|....."));

  private BigText() {}

  /** Columns needed to draw {@code text}. */
  static int width(String text) {
    return text.length() * 6 - 1;
  }

  /** The rows of {@code text} in block letters; unknown characters are left blank. */
  static String[] render(String text) {
    StringBuilder[] rows = new StringBuilder[ROWS];
    for (int r = 0; r < ROWS; r++) {
      rows[r] = new StringBuilder();
    }
    for (int i = 0; i < text.length(); i++) {
      String[] glyph = GLYPHS.getOrDefault(text.charAt(i), ".....|.....|.....|.....|.....")
          .split("\\|");
      for (int r = 0; r < ROWS; r++) {
        if (i > 0) {
          rows[r].append(' ');
        }
        rows[r].append(glyph[r].replace('#', '█').replace('.', ' '));
      }
    }
    String[] lines = new String[ROWS];
    for (int r = 0; r < ROWS; r++) {
      lines[r] = rows[r].toString();
    }
    return lines;
  }
}
