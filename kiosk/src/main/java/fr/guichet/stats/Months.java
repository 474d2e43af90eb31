package fr.guichet.stats;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;

/** French month names for the statistics. */
final class Months {
  private Months() {}

  static String french(YearMonth month) {
    return month.getMonth().getDisplayName(TextStyle.FULL, Locale.FRANCE) + " " + month.getYear();
  }

  /** "2026-T1" for the quarter of a month. */
  static String quarter(YearMonth month) {
    return month.getYear() + "-T" + ((month.getMonthValue() - 1) / 3 + 1);
  }
}
