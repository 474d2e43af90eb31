package fr.guichet.script.load;

import java.util.Set;

/** The language codes a script may declare: two-letter ISO 639-1 codes. */
public final class Languages {

  private static final Set<String> CODES = Set.of(java.util.Locale.getISOLanguages());

  private Languages() {}

  public static boolean exists(String code) {
    return code != null && code.length() == 2 && CODES.contains(code);
  }
}
