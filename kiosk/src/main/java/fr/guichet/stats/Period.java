package fr.guichet.stats;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Pattern;

/** A range of whole months, first and last included, as the statistics are asked for. */
public record Period(YearMonth from, YearMonth to) {
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

  public Period {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("period ends before it starts");
    }
  }

  public static Period month(YearMonth month) {
    return new Period(month, month);
  }

  /**
   * Reads a period typed as two months AAAA-MM; a malformed month or a reversed period gives a
   * {@link StatsUsageException} with a French message that names it.
   */
  public static Period parse(String typedFrom, String typedTo) {
    YearMonth from = month(typedFrom, "--from");
    YearMonth to = typedTo == null ? from : month(typedTo, "--to");
    if (to.isBefore(from)) {
      throw new StatsUsageException("La période est à l'envers : " + from + " (--from) est après "
          + to + " (--to).");
    }
    return new Period(from, to);
  }

  /** Reads one month AAAA-MM, naming the option in the French message when it is wrong. */
  public static YearMonth month(String typed, String option) {
    if (typed == null) {
      throw new StatsUsageException("Indiquez le mois avec " + option + " AAAA-MM.");
    }
    String t = typed.strip();
    if (MONTH.matcher(t).matches()) {
      try {
        return YearMonth.parse(t);
      } catch (DateTimeParseException e) {
        // falls through to the message
      }
    }
    throw new StatsUsageException("Mois invalide pour " + option + " : « " + typed
        + " » (attendu AAAA-MM, par exemple 2026-03).");
  }

  /** "mars 2026" or "de janvier 2026 à mars 2026". */
  public String french() {
    return from.equals(to) ? Months.french(from)
        : "de " + Months.french(from) + " à " + Months.french(to);
  }
}
