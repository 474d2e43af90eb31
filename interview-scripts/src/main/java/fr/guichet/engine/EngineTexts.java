package fr.guichet.engine;

import fr.guichet.script.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The engine's own words in the interview's language: yes, no, "je ne sais pas", and the
 * refusals of typed answers, which the answer types word in French and which are translated here
 * from {@code guichet/i18n/refusals.tsv} (a French refusal without a translation keeps its French
 * words behind the marker, like a script text).
 */
public final class EngineTexts {

  private static final String BUNDLE = "guichet/i18n/engine";
  private static final List<String> COLUMNS;
  private static final List<Row> REFUSALS;

  private record Row(Pattern french, List<String> translations) {}

  static {
    List<String> columns = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    try (InputStream in = EngineTexts.class.getClassLoader().getResourceAsStream("guichet/i18n/refusals.tsv")) {
      if (in == null) throw new IllegalStateException("guichet/i18n/refusals.tsv missing");
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.startsWith("#french\t")) columns.addAll(List.of(line.substring(8).split("\t")));
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] cells = line.split("\t", -1);
        rows.add(new Row(Pattern.compile(cells[0]), List.of(cells).subList(1, cells.length)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    COLUMNS = List.copyOf(columns);
    REFUSALS = List.copyOf(rows);
  }

  private EngineTexts() {}

  /** One of the engine's words ({@code yes}, {@code no}, {@code dont_know}) in {@code language}. */
  public static String word(String key, String language) {
    try {
      return bundle(language).getString(key);
    } catch (MissingResourceException e) {
      return Text.UNTRANSLATED + bundle(Text.FRENCH).getString(key);
    }
  }

  /** A refusal worded in French, in {@code language}. */
  public static String refusal(String french, String language) {
    if (Text.FRENCH.equals(language) || french == null) return french;
    int column = COLUMNS.indexOf(language);
    if (column >= 0) {
      for (Row row : REFUSALS) {
        Matcher matcher = row.french().matcher(french);
        if (matcher.matches() && column < row.translations().size() && !row.translations().get(column).isEmpty()) {
          return matcher.replaceFirst(row.translations().get(column));
        }
      }
    }
    return Text.UNTRANSLATED + french;
  }

  private static ResourceBundle bundle(String language) {
    String base = Text.FRENCH.equals(language) ? "" : language;
    try {
      return ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(base.isEmpty() ? "und" : base),
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    } catch (MissingResourceException e) {
      return ResourceBundle.getBundle(BUNDLE, Locale.ROOT,
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
  }
}
