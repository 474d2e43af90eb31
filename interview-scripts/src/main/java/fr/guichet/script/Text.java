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

  public boolean isBlank() {
    return fr().isBlank();
  }

  @Override
  public String toString() {
    return fr();
  }
}
