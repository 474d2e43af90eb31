package fr.guichet.store;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The session store on a SQLite file in the data directory; several processes may share the
 * file. See {@code STORE.md} beside this class for the design.
 */
public final class SqliteSessionStore implements SessionStore {
  private static final Object OPEN_LOCK = new Object();

  private final SqliteDatabase db;
  private final Keyring keyring;
  private final Clock clock;
  private final SecureRandom random;
  private final StoreSettings settings;
  private final ResumeThrottle throttle;
  private final SecondFactors secondFactors;

  private SqliteSessionStore(SqliteDatabase db, Keyring keyring, Clock clock,
      SecureRandom random, StoreSettings settings) {
    this.db = db;
    this.keyring = keyring;
    this.clock = clock;
    this.random = random;
    this.settings = settings;
    this.throttle = new ResumeThrottle(settings);
    this.secondFactors = new SecondFactors();
  }

  /**
   * Opens the store in {@code dir}, creating the directory, the database and the key file on
   * first use, and migrating the schema.
   *
   * @throws StoreException if the directory, database or key file cannot be used
   */
  public static SqliteSessionStore open(DataDirectory dir, Clock clock, StoreSettings settings) {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(settings, "settings");
    dir.ensureUsable();
    SecureRandom random = new SecureRandom();
    synchronized (OPEN_LOCK) {
      SqliteDatabase db = SqliteDatabase.open(dir.databaseFile(),
          (int) settings.busyTimeout().toMillis());
      try {
        Keyring keyring = Keyring.load(dir, db, random);
        return new SqliteSessionStore(db, keyring, clock, random, settings);
      } catch (RuntimeException e) {
        db.close();
        throw e;
      }
    }
  }

  /** Opens with the system clock and default settings. */
  public static SqliteSessionStore open(DataDirectory dir) {
    return open(dir, Clock.systemUTC(), StoreSettings.defaults());
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
          && secondFactors.matches(c, currentKey(c), session.get().id(), birthDate);
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
      SessionRows.setSecondFactor(c, sessionId,
          secondFactors.seal(currentKey(c), sessionId, birthDate));
      return null;
    });
  }

  @Override
  public OpenOutcome open(UUID sessionId, Actor actor) {
    String terminalId = actor.terminalId();
    Instant now = clock.instant();
    return db.write("open session", c -> {
      Session session = SessionRows.require(c, sessionId);
      Optional<SessionRows.Lease> lease = SessionRows.lease(c, sessionId);
      if (lease.isPresent() && !lease.get().terminal().equals(terminalId) && live(lease.get(), now)) {
        return new OpenOutcome.Busy(OpenOutcome.Busy.MESSAGE);
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
      AnswerEvents.append(c, currentKey(c), sessionId, key, value, actor, now);
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
    return db.read("read answers", c -> AnswerEvents.current(c, currentKey(c), sessionId));
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
  public void audit(Actor actor, String action, UUID sessionId, String detail) {
    Instant now = clock.instant();
    db.write("audit", c -> {
      AuditLog.append(c, now, actor, action, sessionId, detail == null ? "" : detail);
      return null;
    });
  }

  @Override
  public Optional<AuditEntry> verifyAudit() {
    return db.read("verify audit", AuditLog::firstBroken);
  }

  /** How many entries the audit log holds. */
  public long auditEntryCount() {
    return db.read("count audit", c -> {
      try (var st = c.createStatement(); var rs = st.executeQuery("SELECT COUNT(*) FROM audit_log")) {
        rs.next();
        return rs.getLong(1);
      }
    });
  }

  @Override
  public List<AuditEntry> auditTrail(UUID sessionId) {
    return db.read("audit trail", c -> AuditLog.forSession(c, sessionId));
  }

  @Override
  public void rotateKey(Actor actor) {
    new KeyRotation(db, keyring, random).rotate(actor, clock.instant());
  }

  /** Agents' accounts, in the same database file and transactions as the sessions. */
  public SqliteAccountStore accounts() {
    return new SqliteAccountStore(db, clock);
  }

  /** Notes, documents, consents, and the person's rights (export, erase, purge). */
  public SqlitePersonalData personalData() {
    return new SqlitePersonalData(db, this::currentKey, clock, settings);
  }

  /** The key matching the database now (another process may have rotated it). */
  private DataKey currentKey(Connection c) throws SQLException {
    DataKey key = keyring.current();
    Optional<String> check = Keyring.readCheck(c);
    if (check.isPresent() && !MessageDigest.isEqual(check.get().getBytes(),
        key.checkValue().getBytes())) {
      key = keyring.refresh(c);
    }
    return key;
  }

  @Override
  public void close() {
    db.close();
  }
}
