package fr.guichet.store.session;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A saved interview: its identity, script, status and times. Holds no personal data. */
public record Session(
    UUID id,
    ResumeCode resumeCode,
    String scriptId,
    String scriptVersion,
    SessionStatus status,
    Instant createdAt,
    Instant updatedAt) {

  public Session {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(resumeCode, "resumeCode");
    Objects.requireNonNull(scriptId, "scriptId");
    Objects.requireNonNull(scriptVersion, "scriptVersion");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }

  /** This session as it reads after a change at {@code when}. */
  public Session withUpdatedAt(Instant when) {
    return new Session(id, resumeCode, scriptId, scriptVersion, status, createdAt, when);
  }

  /** This session with another status. */
  public Session withStatus(SessionStatus newStatus) {
    return new Session(id, resumeCode, scriptId, scriptVersion, newStatus, createdAt, updatedAt);
  }
}
