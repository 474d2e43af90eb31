package fr.guichet.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The application's own texts (screens, keys, messages, the paper's headings) in one language,
 * from the bundles {@code guichet/i18n/app.properties} (French, the reference), {@code app_en},
 * {@code app_uk}. Placeholders are {0}, {1}… (no MessageFormat quoting: French apostrophes stay
 * as written). A text missing in a language is the French one behind the marker {@code [fr] }.
 */
public final class AppTexts {

  public static final String FRENCH = "fr";
  /** The languages the application's texts exist in, French first, each with its own name. */
  public static final Map<String, String> LANGUAGES = languages();

  private static final String BUNDLE = "guichet/i18n/app";
  private static final Map<String, AppTexts> CACHE = new ConcurrentHashMap<>();

  private final String language;
  private final ResourceBundle french;
  private final ResourceBundle own;

  private AppTexts(String language) {
    this.language = language;
    this.french = read(BUNDLE + ".properties");
    this.own = FRENCH.equals(language) ? french : read(BUNDLE + "_" + language + ".properties");
  }

  private static Map<String, String> languages() {
    Map<String, String> names = new java.util.LinkedHashMap<>();
    names.put("fr", "Français");
    names.put("en", "English");
    names.put("uk", "Українська");
    return java.util.Collections.unmodifiableMap(names);
  }

  /** One bundle file alone (no parent chain, so a missing key is seen), or null when absent. */
  private static ResourceBundle read(String resource) {
    try (java.io.InputStream in = AppTexts.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) return null;
      return new java.util.PropertyResourceBundle(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** The texts in {@code language} (French when it is null). */
  public static AppTexts of(String language) {
    return CACHE.computeIfAbsent(language == null ? FRENCH : language, AppTexts::new);
  }

  public String language() {
    return language;
  }

  /** The locale of the language, for numbers, money and dates. */
  public Locale locale() {
    return FRENCH.equals(language) ? Locale.FRANCE : Locale.forLanguageTag(language);
  }

  /** The text of {@code key}, {0}, {1}… filled with {@code values}. */
  public String get(String key, Object... values) {
    String text = raw(key);
    for (int i = 0; i < values.length; i++) text = text.replace("{" + i + "}", String.valueOf(values[i]));
    return text;
  }

  /** Whether this language has its own text for {@code key}. */
  public boolean has(String key) {
    return own != null && own.containsKey(key) && (own == french || !own.getString(key).isEmpty());
  }

  private String raw(String key) {
    if (has(key)) return own.getString(key);
    String fallback = french.getString(key);
    return FRENCH.equals(language) ? fallback : "[fr] " + fallback;
  }

  /** Every key of the French reference, for the test that each language has them all. */
  public static List<String> keys() {
    return java.util.Collections.list(read(BUNDLE + ".properties").getKeys());
  }
}
