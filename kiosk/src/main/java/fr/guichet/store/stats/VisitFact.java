package fr.guichet.store.stats;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the statistics keep of one visit: coarse, anonymous categories only. Every value is an
 * identifier from a closed list (a script's choice value, an INSEE code, a band), checked here, so
 * that no free text, name, code or exact date can reach the statistics.
 *
 * @param week the Monday of the visit's ISO week (the report counts visits per week)
 * @param reasons the reasons for the visit the person gave, none when not asked
 * @param results one line per benefit or aid assessed
 * @param orientation the service the person was sent to first, or {@code aucune}
 * @param outcome the follow-up's closing outcome, {@link #OPEN} until it is closed
 */
public record VisitFact(YearMonth month, LocalDate week, String site, String channel,
    String visitKind, String ageBand, String household, String commune, String epci,
    String housing, List<String> reasons, List<Result> results, String orientation,
    String outcome) {
  /** The outcome of a follow-up not closed yet. */
  public static final String OPEN = "en_cours";
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");

  /** One benefit's result: {@code amount} in euros rounded to 10, or null. */
  public record Result(String benefit, String result, String received, Integer amount) {
    public Result {
      check("benefit", benefit);
      check("result", result);
      check("received", received);
      if (amount != null && (amount < 0 || amount % 10 != 0)) {
        throw new IllegalArgumentException("amount must be rounded to 10 euros");
      }
    }
  }

  public VisitFact {
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(week, "week");
    for (String value : List.of(site, channel, visitKind, ageBand, household, commune, epci,
        housing, orientation, outcome)) {
      check("value", value);
    }
    reasons = List.copyOf(reasons);
    reasons.forEach(r -> check("reason", r));
    results = List.copyOf(results);
  }

  public VisitFact withOutcome(String newOutcome) {
    return new VisitFact(month, week, site, channel, visitKind, ageBand, household, commune, epci,
        housing, reasons, results, orientation, newOutcome);
  }

  private static void check(String what, String value) {
    if (value == null || !IDENTIFIER.matcher(value).matches()) {
      throw new IllegalArgumentException("statistics " + what + " must be an identifier");
    }
  }
}
