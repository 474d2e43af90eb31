package fr.guichet.script;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A text shown to people, in French and possibly in other languages. French is required; a
 * missing translation falls back to French.
 */
public record Text(Map<String, String> byLanguage) {

  public static final String FRENCH = "fr";
  public static final Text EMPTY = new Text(Map.of(FRENCH, ""));

  public Text {
    Objects.requireNonNull(byLanguage.get(FRENCH), "a text needs its French version");
    byLanguage = Map.copyOf(new LinkedHashMap<>(byLanguage));
  }

  public static Text fr(String french) {
    return new Text(Map.of(FRENCH, french));
  }

  public String fr() {
    return byLanguage.get(FRENCH);
  }

  public String in(String language) {
    return byLanguage.getOrDefault(language, fr());
  }

  /** Whether this text has its own version in {@code language} (French always has). */
  public boolean has(String language) {
    return byLanguage.containsKey(language);
  }

  /**
   * The text to show in {@code language}: its translation, or the French text behind the
   * {@link #UNTRANSLATED} marker, so that a missing translation is seen, never hidden.
   */
  public String shown(String language) {
    String translated = byLanguage.get(language);
    if (translated != null) return translated;
    return fr().isEmpty() ? "" : UNTRANSLATED + fr();
  }

  /** Put before a French text shown in place of a missing translation. */
  public static final String UNTRANSLATED = "[fr] ";

  /** This text with {@code translation} as its version in {@code language}. */
  public Text with(String language, String translation) {
    Map<String, String> more = new LinkedHashMap<>(byLanguage);
    more.put(language, translation);
    return new Text(more);
  }

  public boolean isBlank() {
    return fr().isBlank();
  }

  @Override
  public String toString() {
    return fr();
  }
}
