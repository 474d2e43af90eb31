package fr.guichet.store.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One line of the audit log: who did what, when, from which terminal, on which session. Never
 * holds personal data: {@code detail} is an identifier such as a question key.
 */
public record AuditEntry(
    long seq,
    Instant at,
    String actor,
    String terminal,
    String action,
    Optional<UUID> sessionId,
    String detail) {

  public AuditEntry {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(terminal, "terminal");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(detail, "detail");
  }
}
