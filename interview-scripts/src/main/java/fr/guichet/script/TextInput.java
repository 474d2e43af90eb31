package fr.guichet.script;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Normalising what people type: control characters out, accents and case folded for matching. */
public final class TextInput {

  private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}|\\p{Cf}");
  private static final Pattern ESCAPE_SEQUENCE = Pattern.compile("\u001B(\\[[0-?]*[ -/]*[@-~]|\\][^\u0007\u001B]*(\u0007|\u001B\\\\)?|.)?");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("[\\s\u00A0\u202F]+");

  private TextInput() {}

  /** Removes terminal escape sequences and control characters, trims and folds white space. */
  public static String clean(String raw) {
    if (raw == null) return "";
    String text = ESCAPE_SEQUENCE.matcher(raw).replaceAll("");
    text = CONTROL.matcher(text).replaceAll("");
    return SPACES.matcher(text).replaceAll(" ").trim();
  }

  /** Lower case without accents, for comparing what was typed with a label. */
  public static String fold(String text) {
    String decomposed = Normalizer.normalize(clean(text), Normalizer.Form.NFD);
    return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT).replace('’', '\'');
  }

  /** Whether the person said they do not know. */
  public static boolean isDontKnow(String raw) {
    String folded = fold(raw);
    return folded.equals("?") || folded.equals("je ne sais pas") || folded.equals("ne sais pas")
        || folded.equals("nsp") || folded.equals("sais pas");
  }
}
