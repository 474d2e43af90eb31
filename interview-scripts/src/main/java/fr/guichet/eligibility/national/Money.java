package fr.guichet.eligibility.national;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** BigDecimal helpers; every rounding is named after the rule that asks for it. */
public final class Money {
  public static final MathContext CONTEXT = MathContext.DECIMAL64;

  private Money() {}

  public static BigDecimal divide(BigDecimal a, BigDecimal b) {
    return a.divide(b, CONTEXT);
  }

  public static BigDecimal divide(BigDecimal a, int b) {
    return a.divide(BigDecimal.valueOf(b), CONTEXT);
  }

  public static BigDecimal max(BigDecimal a, BigDecimal b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  public static BigDecimal min(BigDecimal a, BigDecimal b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  public static BigDecimal positive(BigDecimal a) {
    return a.signum() < 0 ? BigDecimal.ZERO : a;
  }

  /** OpenFisca's round(x, 2) (numpy: half to even): PPA maximum bonification, AF amounts. */
  public static BigDecimal roundToCentHalfEven(BigDecimal a) {
    return a.setScale(2, RoundingMode.HALF_EVEN);
  }

  /** OpenFisca's round(x) to whole euros (half to even): the free-CSS ceiling. */
  public static BigDecimal roundToEuroHalfEven(BigDecimal a) {
    return a.setScale(0, RoundingMode.HALF_EVEN);
  }

  /** An estimated amount shown to a person: to the cent, half up. */
  public static BigDecimal displayed(BigDecimal a) {
    return a.setScale(2, RoundingMode.HALF_UP);
  }
}
