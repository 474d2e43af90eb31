package fr.guichet.store.jdbc;

import fr.guichet.store.Actor;
import fr.guichet.store.StoreSettings;
import fr.guichet.store.session.OpenOutcome;
import fr.guichet.store.session.ResumeCode;
import fr.guichet.store.session.Session;
import fr.guichet.store.session.SessionConflictException;
import fr.guichet.store.session.SessionStatus;
import fr.guichet.store.session.SessionStore;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Sessions, their answer events and open-leases in the store's database; several processes may share
 * the file. Obtained from {@link JdbcStores#sessions()}. See {@code STORE.md} for the design.
 */
final class JdbcSessionStore implements SessionStore {
  private final Database db;
  private final Keyring keyring;
  private final Clock clock;
  private final SecureRandom random;
  private final StoreSettings settings;

  JdbcSessionStore(Database db, Keyring keyring, Clock clock, SecureRandom random,
      StoreSettings settings) {
    this.db = db;
    this.keyring = keyring;
    this.clock = clock;
    this.random = random;
    this.settings = settings;
  }

  @Override
  public Session create(String scriptId, String scriptVersion, Actor actor) {
    Instant now = clock.instant();
    return db.write("create session", c -> {
      Session session;
      do {
        session = new Session(UUID.randomUUID(), ResumeCode.generate(random), scriptId,
            scriptVersion, SessionStatus.EN_COURS, now, now);
      } while (SessionRows.byCode(c, session.resumeCode()).isPresent());
      SessionRows.insert(c, session, actor);
      AuditLog.append(c, now, actor, "SESSION_CREATED", session.id(), "");
      return session;
    });
  }

  @Override
  public Optional<Session> find(UUID sessionId) {
    return db.read("find session", c -> SessionRows.byId(c, sessionId));
  }

  @Override
  public Optional<Session> findByCode(ResumeCode code) {
    return db.read("find by code", c -> SessionRows.byCode(c, code));
  }

  @Override
  public List<Session> list() {
    return db.read("list sessions", SessionRows::list);
  }

  @Override
  public OpenOutcome open(UUID sessionId, Actor actor) {
    String terminalId = actor.terminalId();
    Instant now = clock.instant();
    return db.write("open session", c -> {
      Session session = SessionRows.require(c, sessionId);
      Optional<SessionRows.Lease> lease = SessionRows.lease(c, sessionId);
      if (lease.isPresent() && !lease.get().terminal().equals(terminalId) && live(lease.get(), now)) {
        return VisitRows.holder(c, sessionId, lease.get().terminal());
      }
      SessionRows.setLease(c, sessionId, terminalId, now);
      AuditLog.append(c, now, actor, "SESSION_OPENED", sessionId,
          lease.map(l -> l.terminal().equals(terminalId) ? "" : "taken-over").orElse(""));
      return new OpenOutcome.Opened(session);
    });
  }

  private boolean live(SessionRows.Lease lease, Instant now) {
    return lease.heartbeatMillis() + settings.leaseStaleAfter().toMillis() > now.toEpochMilli();
  }

  @Override
  public void heartbeat(UUID sessionId, String terminalId) {
    Instant now = clock.instant();
    db.write("heartbeat", c -> {
      requireLease(c, sessionId, terminalId);
      SessionRows.setLease(c, sessionId, terminalId, now);
      return null;
    });
  }

  @Override
  public void release(UUID sessionId, String terminalId) {
    db.write("release", c -> {
      Optional<SessionRows.Lease> lease = SessionRows.lease(c, sessionId);
      if (lease.isPresent() && lease.get().terminal().equals(terminalId)) {
        SessionRows.setLease(c, sessionId, null, clock.instant());
      }
      return null;
    });
  }

  @Override
  public void appendAnswer(UUID sessionId, String key, String value, Actor actor) {
    Objects.requireNonNull(value, "value");
    appendEvent(sessionId, key, value, actor, "ANSWER_SET");
  }

  @Override
  public void clearAnswer(UUID sessionId, String key, Actor actor) {
    appendEvent(sessionId, key, null, actor, "ANSWER_CLEARED");
  }

  private void appendEvent(UUID sessionId, String key, String value, Actor actor, String action) {
    Objects.requireNonNull(key, "key");
    Instant now = clock.instant();
    db.write("append answer", c -> {
      requireLease(c, sessionId, actor.terminalId());
      AnswerEvents.append(c, keyring.currentFor(c), sessionId, key, value, actor, now);
      SessionRows.touch(c, sessionId, now);
      AuditLog.append(c, now, actor, action, sessionId, auditableKey(key));
      return null;
    });
  }

  /** Answer keys are question ids, but only safe identifiers go into the audit log. */
  private static String auditableKey(String key) {
    return key.matches("[A-Za-z0-9_.:-]{1,100}") ? key : "";
  }

  private void requireLease(Connection c, UUID sessionId, String terminalId) throws SQLException {
    SessionRows.require(c, sessionId);
    Optional<SessionRows.Lease> lease = SessionRows.lease(c, sessionId);
    if (lease.isEmpty() || !lease.get().terminal().equals(terminalId)) {
      throw new SessionConflictException(sessionId, terminalId);
    }
  }

  @Override
  public Map<String, String> currentAnswers(UUID sessionId) {
    return db.read("read answers", c -> AnswerEvents.current(c, keyring.currentFor(c), sessionId));
  }

  @Override
  public void setStatus(UUID sessionId, SessionStatus status, Actor actor) {
    Instant now = clock.instant();
    db.write("set status", c -> {
      SessionRows.require(c, sessionId);
      SessionRows.setStatus(c, sessionId, status, now);
      AuditLog.append(c, now, actor, "STATUS_" + status.name(), sessionId, "");
      return null;
    });
  }

  @Override
  public String language(UUID sessionId) {
    return db.read("session language", c -> SessionRows.language(c, sessionId));
  }

  @Override
  public void setLanguage(UUID sessionId, String language, Actor actor) {
    Instant now = clock.instant();
    db.write("set session language", c -> {
      SessionRows.setLanguage(c, sessionId, language);
      AuditLog.append(c, now, actor, "LANGUAGE_SET", sessionId, language);
      return null;
    });
  }
}
