package fr.guichet.print;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Makes any text safe to show, on paper and on the terminal: whatever a script, a stored answer
 * or a note holds, what reaches the page or the screen is only characters to show. Terminal
 * escape sequences (CSI, OSC, others) are removed whole; control characters, bidi overrides and
 * other invisible format characters are dropped (tabs and line separators become spaces; line
 * feeds stay); a lone surrogate becomes U+FFFD; accents are composed (NFC). Lanterna refuses
 * control characters outright, so without this a hand-edited script label crashed the screen.
 */
public final class InertText {
  /** ESC or CSI (U+009B) sequences: CSI ... final byte, OSC/DCS/APC/PM ... BEL or ST, ESC + one character. */
  private static final Pattern ESCAPES = Pattern.compile(
      "(?:\u001B\\[|\u009B)[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]?"
          + "|(?:\u001B[\\]PX^_]|[\u0090\u009D\u009E\u009F])[^\u0007\u001B\u009C]*(?:\u0007|\u001B\\\\|\u009C)?"
          + "|\u001B[\u0020-\u002F]*[\u0030-\u007E]?");

  private InertText() {}

  /**
   * The text as it may be drawn, cut to {@code max} characters with "…" so that a huge text
   * (a pasted file in a script) cannot push the rest of the screen out of sight.
   */
  public static String clipped(String text, int max) {
    String inert = of(text);
    if (inert.length() <= max) {
      return inert;
    }
    int end = Math.max(1, max - 1);
    if (Character.isHighSurrogate(inert.charAt(end - 1))) {
      end--;
    }
    return inert.substring(0, end) + "…";
  }

  /** The text as it may be drawn; null gives "". */
  public static String of(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String noEscapes = ESCAPES.matcher(text).replaceAll("");
    StringBuilder out = new StringBuilder(noEscapes.length());
    for (int i = 0; i < noEscapes.length(); i++) {
      char c = noEscapes.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < noEscapes.length() && Character.isLowSurrogate(noEscapes.charAt(i + 1))) {
        out.append(c).append(noEscapes.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        out.append('\uFFFD');
      } else if (c == '\n') {
        out.append(c);
      } else if (c == '\t' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
        out.append(' ');
      } else if (!Character.isISOControl(c) && Character.getType(c) != Character.FORMAT) {
        out.append(c);
      }
    }
    return Normalizer.normalize(out, Normalizer.Form.NFC);
  }
}
