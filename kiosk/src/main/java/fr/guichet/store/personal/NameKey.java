package fr.guichet.store.personal;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

/**
 * What the blind index of a name is computed from: the name with accents, case, hyphens, spaces
 * and apostrophes removed ("Lefèvre-Martin" and "LEFEVRE MARTIN" give the same), then the birth
 * date. Each store HMACs it under its data key, so the database never holds the name in clear.
 */
public final class NameKey {
  private NameKey() {}

  /** The folded name: letters and digits only, upper case, no accents. */
  public static String fold(String name) {
    String decomposed = Normalizer.normalize(name == null ? "" : name.strip(), Normalizer.Form.NFKD);
    return decomposed.replaceAll("\\p{M}", "").replaceAll("[^\\p{L}\\p{N}]", "")
        .toUpperCase(Locale.ROOT).replace("Œ", "OE").replace("Æ", "AE").replace("ß", "SS");
  }

  /** The HMAC input for a name and a birth date. */
  public static String of(String nom, LocalDate birthDate) {
    return "blind-index\0" + fold(nom) + "\0" + birthDate;
  }
}
