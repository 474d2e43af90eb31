package fr.guichet.store.session;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A short code that lets a person come back to a saved session, e.g. {@code K7F-M2Q-9XR4}.
 *
 * <p>Nine random characters from a 31-character alphabet without 0, O, 1, I or L (44.6 bits from
 * {@link SecureRandom}) followed by one check character. The check is a weighted sum modulo 31
 * (a prime): with weights 1 to 10, every single mistyped character and every swap of two
 * adjacent different characters changes the sum, so {@link #parse} rejects it. The code is shown
 * in groups of 3-3-4 for reading aloud; the QR code and barcode form is {@link #SCAN_PREFIX}
 * followed by the ten characters (QR alphanumeric mode).
 */
public final class ResumeCode {
  /** Letters and digits a person cannot confuse: no 0/O, no 1/I/L. Its length (31) is prime. */
  public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
  /** Prefix of the scanned form printed in the QR code: {@code GUICHET:K7FM2Q9XR4}. */
  public static final String SCAN_PREFIX = "GUICHET:";
  /** Number of random characters. */
  public static final int DATA_LENGTH = 9;
  /** Number of characters including the check character. */
  public static final int LENGTH = DATA_LENGTH + 1;

  private static final int BASE = ALPHABET.length();

  private final String chars;

  private ResumeCode(String chars) {
    this.chars = chars;
  }

  /** A new random code. */
  public static ResumeCode generate(SecureRandom random) {
    StringBuilder sb = new StringBuilder(LENGTH);
    for (int i = 0; i < DATA_LENGTH; i++) {
      sb.append(ALPHABET.charAt(random.nextInt(BASE)));
    }
    sb.append(ALPHABET.charAt(checkValue(sb)));
    return new ResumeCode(sb.toString());
  }

  /**
   * Reads a code as typed or scanned: lower case, spaces and dashes anywhere and the
   * {@link #SCAN_PREFIX} are accepted. Empty when the text is not a valid code (wrong length,
   * a character outside the alphabet, or a wrong check character).
   */
  public static Optional<ResumeCode> parse(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String s = typed.strip().toUpperCase(Locale.ROOT);
    if (s.startsWith(SCAN_PREFIX)) {
      s = s.substring(SCAN_PREFIX.length());
    }
    StringBuilder sb = new StringBuilder(LENGTH);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '-' || c == ' ' || c == '\t' || c == '_' || c == '\u00a0') {
        continue;
      }
      if (ALPHABET.indexOf(c) < 0 || sb.length() == LENGTH) {
        return Optional.empty();
      }
      sb.append(c);
    }
    if (sb.length() != LENGTH || weightedSum(sb, LENGTH) % BASE != 0) {
      return Optional.empty();
    }
    return Optional.of(new ResumeCode(sb.toString()));
  }

  /** The ten characters without separators, as stored in the database. */
  public String compact() {
    return chars;
  }

  /** The form printed in the QR code and typed by a barcode scanner. */
  public String scanForm() {
    return SCAN_PREFIX + chars;
  }

  /** The grouped form for screens and paper: {@code K7F-M2Q-9XR4}. */
  @Override
  public String toString() {
    return chars.substring(0, 3) + "-" + chars.substring(3, 6) + "-" + chars.substring(6);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ResumeCode other && chars.equals(other.chars);
  }

  @Override
  public int hashCode() {
    return chars.hashCode();
  }

  /** Rebuilds a code read back from the database, which must be valid. */
  public static ResumeCode fromStored(String compact) {
    return parse(compact)
        .orElseThrow(() -> new IllegalStateException("Invalid resume code stored in database"));
  }

  /** The check value v such that the weighted sum of all ten characters is 0 modulo 31. */
  private static int checkValue(CharSequence data) {
    int sum = weightedSum(data, DATA_LENGTH);
    // sum + LENGTH * v == 0 (mod BASE), so v = -sum * inverse(LENGTH)
    int inverse = modInverse(LENGTH, BASE);
    return Math.floorMod(-sum * inverse, BASE);
  }

  private static int weightedSum(CharSequence s, int count) {
    int sum = 0;
    for (int i = 0; i < count; i++) {
      sum += (i + 1) * ALPHABET.indexOf(s.charAt(i));
    }
    return sum;
  }

  private static int modInverse(int a, int m) {
    for (int x = 1; x < m; x++) {
      if ((a * x) % m == 1) {
        return x;
      }
    }
    throw new IllegalStateException("no inverse");
  }

  static {
    Objects.checkIndex(LENGTH, BASE); // weights 1..LENGTH must stay below the prime base
  }
}
