package fr.guichet.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The {@link PersonalDataStore} in the session store's SQLite file; obtained from
 * {@link SqliteSessionStore#personalData()}. Deleted rows are overwritten in the file
 * ({@code secure_delete}, set on every connection by {@link SqliteDatabase}) and the write-ahead log is emptied after an erasure, so an erased
 * person's sealed values do not linger in free pages or old log frames.
 */
public final class SqlitePersonalData implements PersonalDataStore {
  /** Where the data key for the current database comes from (it may change under rotation). */
  @FunctionalInterface
  interface KeySource {
    DataKey current(Connection c) throws SQLException;
  }

  private static final Pattern DOCUMENT_ID = Pattern.compile("[A-Za-z0-9_.:-]{1,100}");

  private final SqliteDatabase db;
  private final KeySource keys;
  private final Clock clock;
  private final StoreSettings settings;

  SqlitePersonalData(SqliteDatabase db, KeySource keys, Clock clock, StoreSettings settings) {
    this.db = db;
    this.keys = keys;
    this.clock = clock;
    this.settings = settings;
  }

  @Override
  public void addNote(UUID sessionId, String text, Actor author) {
    Instant now = clock.instant();
    db.write("add note", c -> {
      SessionRows.require(c, sessionId);
      PersonalRows.appendNote(c, keys.current(c), sessionId, text, author, now);
      SessionRows.touch(c, sessionId, now);
      AuditLog.append(c, now, author, "NOTE_ADDED", sessionId, "");
      return null;
    });
  }

  @Override
  public List<SessionRecord.Note> notes(UUID sessionId) {
    return db.read("read notes", c -> PersonalRows.notes(c, keys.current(c), sessionId));
  }

  @Override
  public void markDocumentReceived(UUID sessionId, String documentId, Actor actor) {
    if (!DOCUMENT_ID.matcher(documentId).matches()) {
      throw new IllegalArgumentException("document id must be an identifier");
    }
    Instant now = clock.instant();
    db.write("mark document", c -> {
      SessionRows.require(c, sessionId);
      PersonalRows.markDocument(c, sessionId, documentId, actor, now);
      SessionRows.touch(c, sessionId, now);
      AuditLog.append(c, now, actor, "DOCUMENT_RECEIVED", sessionId, documentId);
      return null;
    });
  }

  @Override
  public List<SessionRecord.DocumentReceived> documentsReceived(UUID sessionId) {
    return db.read("read documents", c -> PersonalRows.documents(c, sessionId));
  }

  @Override
  public void setConsents(UUID sessionId, boolean saveToResume, boolean shareWithServices,
      Actor actor) {
    Instant now = clock.instant();
    db.write("set consents", c -> {
      SessionRows.require(c, sessionId);
      PersonalRows.setConsents(c, sessionId, saveToResume, shareWithServices, now);
      AuditLog.append(c, now, actor, "CONSENTS_RECORDED", sessionId,
          "save:" + saveToResume + ":share:" + shareWithServices);
      return null;
    });
  }

  @Override
  public Consents consents(UUID sessionId) {
    return db.read("read consents", c -> {
      if (SessionRows.byId(c, sessionId).isEmpty()) {
        return Consents.NOT_ASKED;
      }
      List<Optional<Boolean>> both = PersonalRows.consents(c, sessionId);
      return new Consents(both.get(0), both.get(1));
    });
  }

  @Override
  public Optional<SessionRecord> export(UUID sessionId, Actor actor) {
    Instant now = clock.instant();
    return db.write("export session", c -> {
      Optional<Session> session = SessionRows.byId(c, sessionId);
      if (session.isEmpty()) {
        return Optional.empty();
      }
      DataKey key = keys.current(c);
      AuditLog.append(c, now, actor, "EXPORTED", sessionId, "");
      List<Optional<Boolean>> consents = PersonalRows.consents(c, sessionId);
      return Optional.of(new SessionRecord(session.get(), consents.get(0), consents.get(1),
          new SecondFactors().birthDate(c, key, sessionId),
          AnswerEvents.current(c, key, sessionId), PersonalRows.history(c, key, sessionId),
          PersonalRows.notes(c, key, sessionId), PersonalRows.documents(c, sessionId),
          AuditLog.forSession(c, sessionId)));
    });
  }

  @Override
  public Erasure erase(UUID sessionId, Actor actor) {
    Instant now = clock.instant();
    boolean found = db.write("erase session", c -> {
      Optional<Session> session = SessionRows.byId(c, sessionId);
      if (session.isEmpty()) {
        return false;
      }
      PersonalRows.deleteSession(c, session.get());
      AuditLog.append(c, now, actor, "SESSION_ERASED", sessionId, "");
      return true;
    });
    return new Erasure(found, found ? checkpoint() : true);
  }

  @Override
  public Purge purge(Instant unfinishedInactiveSince, Instant finishedInactiveSince,
      Actor actor) {
    Instant now = clock.instant();
    long liveLeaseSince = now.minus(settings.leaseStaleAfter()).toEpochMilli();
    int[] counts = db.write("purge sessions", c -> {
      List<Session> unfinished = PersonalRows.inactive(c,
          List.of(SessionStatus.EN_COURS, SessionStatus.ABANDONNEE), unfinishedInactiveSince,
          liveLeaseSince);
      List<Session> finished = PersonalRows.inactive(c, List.of(SessionStatus.TERMINEE),
          finishedInactiveSince, liveLeaseSince);
      for (Session s : unfinished) {
        purgeOne(c, s, now, actor, "unfinished");
      }
      for (Session s : finished) {
        purgeOne(c, s, now, actor, "finished");
      }
      return new int[] {unfinished.size(), finished.size()};
    });
    boolean cleared = counts[0] + counts[1] == 0 || checkpoint();
    return new Purge(counts[0], counts[1], cleared);
  }

  private static void purgeOne(Connection c, Session s, Instant now, Actor actor, String why)
      throws SQLException {
    PersonalRows.deleteSession(c, s);
    AuditLog.append(c, now, actor, "SESSION_PURGED", s.id(), "retention:" + why);
  }

  /** Copies the log into the file and truncates it; false if another reader kept it busy. */
  private boolean checkpoint() {
    return db.read("checkpoint", c -> {
      try (Statement st = c.createStatement();
          ResultSet rs = st.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
        return rs.next() && rs.getInt(1) == 0;
      }
    });
  }
}
