package fr.guichet.fuzz;

import java.util.List;
import java.util.Random;

/**
 * What a person, a barcode scanner or a pasted document may type: any UTF-16 text (lone
 * surrogates included), text close to what a parser expects, and hostile pieces (terminal escape
 * sequences, bidi overrides, zero-width and control characters, emoji, combining accents, lines
 * of up to 100 kB), mixed together.
 */
public final class HostileText {
  private HostileText() {}

  /** Pieces that have broken terminals and parsers elsewhere. */
  public static final List<String> NASTY = List.of(
      "\u001B[31m", "\u001B[2J", "\u001B]0;titre\u0007", "\u001B]8;;http://x\u001B\\", "\u001B", "\u009B", "\u009B31m", "\u0007",
      "\b", "\r", "\n", "\t", "\u0000", "\u007F", "\u0085", "\u202E", "\u202D", "\u2066", "\u2069", "\u200B", "\u200D", "\uFEFF",
      "\u00A0", "\u202F", "\u2028", "\u0301", "e\u0301", "\u0327", "😀", "👩‍👩‍👧", "\uD83D", "\uDE00", "\uFFFD", "\uFFFF", "ß", "ﬁ",
      "İ", "ı", "€", "１２", "٣", "-", "+", ",", ".", "/", " ", "  ", "?", "«", "»", "'", "’", "%", "${x}", "#", ":", "|", "\"",
      "\\");

  /** Text for a parser whose own alphabet is {@code alphabet}: mostly near-valid, often hostile. */
  public static String typed(Random r, String alphabet) {
    int mode = r.nextInt(10);
    if (mode < 5) return mixed(r, alphabet);
    if (mode < 7) return near(r, alphabet, 24);
    if (mode < 9) return anyText(r, 40);
    return longRun(r, alphabet);
  }

  /** Up to six pieces: near-valid runs, hostile pieces, any characters. */
  public static String mixed(Random r, String alphabet) {
    StringBuilder out = new StringBuilder();
    for (int i = r.nextInt(7); i > 0; i--) {
      int kind = r.nextInt(10);
      out.append(kind < 6 ? near(r, alphabet, 24) : kind < 9 ? pick(r, NASTY) : anyText(r, 6));
    }
    return out.toString();
  }

  public static String near(Random r, String alphabet, int maxLength) {
    StringBuilder out = new StringBuilder();
    for (int i = r.nextInt(maxLength + 1); i > 0; i--) out.append(alphabet.charAt(r.nextInt(alphabet.length())));
    return out.toString();
  }

  /** Any UTF-16 code units, lone surrogates and unassigned ones included. */
  public static String anyText(Random r, int maxLength) {
    StringBuilder out = new StringBuilder();
    for (int i = r.nextInt(maxLength + 1); i > 0; i--) {
      out.append(r.nextInt(4) == 0 ? (char) r.nextInt(0x80) : (char) r.nextInt(0x10000));
    }
    return out.toString();
  }

  /** A line of 1 to 100 kB: a scanner stuck on a key, a pasted file. */
  public static String longRun(Random r, String alphabet) {
    return String.valueOf(alphabet.charAt(r.nextInt(alphabet.length()))).repeat(1_000 + r.nextInt(99_001));
  }

  public static <T> T pick(Random r, List<T> from) {
    return from.get(r.nextInt(from.size()));
  }

  /** Whether text holds a character a terminal or a log would act on instead of showing it. */
  public static boolean hasRawControl(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int type = Character.getType(c);
      if (Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
          || type == Character.PARAGRAPH_SEPARATOR || Character.isSurrogate(c) && !isPaired(text, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPaired(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
    return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
  }
}
