package fr.guichet.eligibility;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Formats amounts the French way: "1 234,56 €" (no-break spaces), whole euros without decimals ("412 €"). */
public final class Euros {
  private static final char NBSP = '\u00A0';

  private Euros() {}

  public static String format(BigDecimal amount) {
    BigDecimal cents = amount.setScale(2, RoundingMode.HALF_UP);
    boolean whole = cents.remainder(BigDecimal.ONE).signum() == 0;
    String digits = cents.abs().toBigInteger().toString();
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        grouped.append(NBSP);
      }
      grouped.append(digits.charAt(i));
    }
    String sign = cents.signum() < 0 ? "-" : "";
    String decimals = whole ? "" : "," + cents.abs().remainder(BigDecimal.ONE).movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).toString();
    if (decimals.length() == 2) {
      decimals = ",0" + decimals.substring(1);
    }
    return sign + grouped + decimals + NBSP + "€";
  }
}
