package fr.guichet.store.jdbc;

import fr.guichet.store.Actor;
import fr.guichet.store.StoreSettings;
import fr.guichet.store.key.DataKey;
import fr.guichet.store.session.ResumeCode;
import fr.guichet.store.session.Session;
import fr.guichet.store.session.SessionStatus;
import fr.guichet.store.throttle.ResumeGate;
import fr.guichet.store.throttle.ResumeOutcome;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** Kiosk resume with code and birth date, throttled in the database (see {@code STORE.md}). */
final class JdbcResumeGate implements ResumeGate {
  private final Database db;
  private final Keyring keyring;
  private final Clock clock;
  private final StoreSettings settings;
  private final ResumeThrottle throttle;
  private final SecondFactors secondFactors = new SecondFactors();

  JdbcResumeGate(Database db, Keyring keyring, Clock clock, StoreSettings settings) {
    this.db = db;
    this.keyring = keyring;
    this.clock = clock;
    this.settings = settings;
    this.throttle = new ResumeThrottle(settings);
  }

  @Override
  public ResumeOutcome resumeWithBirthDate(ResumeCode code, LocalDate birthDate,
      String terminalId) {
    Actor actor = Actor.kiosk(terminalId);
    Instant now = clock.instant();
    return db.write("resume", c -> {
      Optional<Instant> blocked = throttle.blockedUntil(c, code.compact(), terminalId, now);
      if (blocked.isPresent()) {
        AuditLog.append(c, now, actor, "RESUME_THROTTLED", null, "");
        return new ResumeOutcome.Throttled(blocked.get());
      }
      Optional<Session> session = SessionRows.byCode(c, code);
      boolean ok = session.isPresent() && resumable(session.get(), now)
          && secondFactors.matches(c, keyring.currentFor(c), session.get().id(), birthDate);
      UUID id = session.map(Session::id).orElse(null);
      if (!ok) {
        throttle.recordFailure(c, code.compact(), terminalId, now);
        AuditLog.append(c, now, actor, "RESUME_REFUSED", id, "");
        return new ResumeOutcome.Refused(ResumeOutcome.REFUSAL);
      }
      throttle.recordSuccess(c, code.compact());
      AuditLog.append(c, now, actor, "RESUMED", id, "");
      return new ResumeOutcome.Resumed(session.get());
    });
  }

  private boolean resumable(Session s, Instant now) {
    return s.status() == SessionStatus.EN_COURS
        && s.updatedAt().plus(settings.resumeWindow()).isAfter(now);
  }

  @Override
  public void setSecondFactor(UUID sessionId, LocalDate birthDate) {
    db.write("set second factor", c -> {
      SessionRows.require(c, sessionId);
      DataKey key = keyring.currentFor(c);
      SessionRows.setSecondFactor(c, sessionId, secondFactors.seal(key, sessionId, birthDate));
      IdentityRows.reindex(c, key, sessionId, Optional.of(birthDate));
      return null;
    });
  }
}
