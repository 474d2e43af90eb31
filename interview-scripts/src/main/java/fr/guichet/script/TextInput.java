package fr.guichet.script;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Normalising what people type: control characters out, accents and case folded for matching. */
public final class TextInput {

  /**
   * C0 and C1 controls ({@code \p{Cntrl}} alone is only the ASCII ones: U+009B is a CSI for many
   * terminals), invisible formatting (bidi overrides, zero-width), line and paragraph separators,
   * and halves of a surrogate pair without their other half.
   */
  private static final Pattern CONTROL = Pattern.compile("\\p{Cc}|\\p{Cf}|[\u2028\u2029]|\\p{Cs}");
  /** ESC or C1 CSI sequences, ESC or C1 OSC strings up to BEL or ST, and a lone ESC with its next character. */
  private static final Pattern ESCAPE_SEQUENCE = Pattern.compile(
      "(\u001B\\[|\u009B)[0-?]*[ -/]*[@-~]|(\u001B\\]|\u009D)[^\u0007\u001B\u009C]*(\u0007|\u001B\\\\|\u009C)?|\u001B.?");
  /** Typed text quoted in a message is cut to this many characters, so a pasted page stays one line. */
  private static final int QUOTED_LENGTH = 40;
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("[\\s\u00A0\u202F]+");

  private TextInput() {}

  /** Removes terminal escape sequences and control characters, trims and folds white space. */
  public static String clean(String raw) {
    if (raw == null) return "";
    if (isPlain(raw)) return raw;
    String text = ESCAPE_SEQUENCE.matcher(raw).replaceAll("");
    text = CONTROL.matcher(text).replaceAll("");
    return SPACES.matcher(text).replaceAll(" ").trim();
  }

  /** Already clean: printable characters, single spaces, nothing to trim (the common case). */
  private static boolean isPlain(String raw) {
    int length = raw.length();
    if (length == 0) return true;
    if (raw.charAt(0) == ' ' || raw.charAt(length - 1) == ' ') return false;
    char previous = 'x';
    for (int i = 0; i < length; i++) {
      char c = raw.charAt(i);
      if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == '\u00A0' || c == '\u202F' || c == '\u200B'
          || c == '\u2028' || c == '\u2029' || Character.getType(c) == Character.FORMAT || Character.isSurrogate(c)
          || (c == ' ' && previous == ' ')) {
        return false;
      }
      previous = c;
    }
    return true;
  }

  /** Cleaned typed text for a message, cut with "…" when long: « 0000000000… ». */
  public static String quoted(String raw) {
    String text = clean(raw);
    if (text.length() <= QUOTED_LENGTH) return text;
    int end = Character.isHighSurrogate(text.charAt(QUOTED_LENGTH - 1)) ? QUOTED_LENGTH - 1 : QUOTED_LENGTH;
    return text.substring(0, end) + "…";
  }

  /** Lower case without accents, for comparing what was typed with a label. */
  public static String fold(String text) {
    if (isSimpleAscii(text)) return text.toLowerCase(Locale.ROOT);
    String decomposed = Normalizer.normalize(clean(text), Normalizer.Form.NFD);
    return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT).replace('’', '\'');
  }

  private static boolean isSimpleAscii(String text) {
    if (text == null || !isPlain(text)) return false;
    for (int i = 0; i < text.length(); i++) if (text.charAt(i) >= 0x80) return false;
    return true;
  }

  /** Whether the person said they do not know. */
  public static boolean isDontKnow(String raw) {
    if (raw == null || raw.length() > 24 || (raw.indexOf('?') < 0 && raw.indexOf(' ') < 0
        && !raw.equalsIgnoreCase("nsp"))) {
      return false;
    }
    String folded = fold(raw);
    return folded.equals("?") || folded.equals("je ne sais pas") || folded.equals("ne sais pas")
        || folded.equals("nsp") || folded.equals("sais pas")
        || folded.equals("i don't know") || folded.equals("я не знаю") || folded.equals("не знаю");
  }
}
