package fr.guichet.session;

import fr.guichet.script.Answer;
import fr.guichet.script.DateType;
import fr.guichet.script.ParseContext;
import fr.guichet.script.Parsed;
import java.time.LocalDate;
import java.util.Optional;

/** A birth date typed at a kiosk or on the command line, read as the interview reads dates. */
final class BirthDates {
  private BirthDates() {}

  static Parsed check(String typed, LocalDate today) {
    return new DateType(true, false).parse(typed == null ? "" : typed, new ParseContext(today, null));
  }

  static Optional<LocalDate> parse(String typed, LocalDate today) {
    return check(typed, today) instanceof Parsed.Accepted accepted
        && accepted.answer() instanceof Answer.Day day ? Optional.of(day.date()) : Optional.empty();
  }
}
