package fr.guichet.store.session;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One numbered visit of a session: the first interview is visit 1, each later opening by an
 * agent (or at a kiosk) to work on it starts the next one.
 *
 * @param role the agent's role name, or {@code BORNE} at a kiosk
 * @param rulesDate the day whose legal parameters the visit's results used
 * @param firstSeq the last answer event written before the visit began
 * @param results the results the visit ended with, as written by the session service (opened)
 */
public record Visit(UUID sessionId, int number, Instant startedAt, String site, String terminal,
    String actor, String role, LocalDate rulesDate, long firstSeq, Optional<String> results) {

  public Visit {
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(results, "results");
  }
}
