package fr.guichet.store.jdbc;

import fr.guichet.store.Actor;
import fr.guichet.store.StoreSettings;
import fr.guichet.store.key.DataKey;
import fr.guichet.store.personal.DocumentStatus;
import fr.guichet.store.personal.Identity;
import fr.guichet.store.personal.NoteKind;
import fr.guichet.store.personal.PersonalDataStore;
import fr.guichet.store.personal.SessionRecord;
import fr.guichet.store.session.Session;
import fr.guichet.store.session.SessionStatus;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The {@link PersonalDataStore} on the store's database; obtained from {@link JdbcStores#personal()}.
 * After an erasure the database is asked to make the freed bytes go ({@link Database#afterErasure}:
 * SQLite zeroes deleted cells and empties its write-ahead log; PostgreSQL vacuums the tables), so
 * an erased person's sealed values do not linger in free pages.
 */
final class JdbcPersonalData implements PersonalDataStore {
  private static final Pattern DOCUMENT_ID = Pattern.compile("[A-Za-z0-9_.:-]{1,100}");

  private final Database db;
  private final Keyring keys;
  private final Clock clock;
  private final StoreSettings settings;

  JdbcPersonalData(Database db, Keyring keys, Clock clock, StoreSettings settings) {
    this.db = db;
    this.keys = keys;
    this.clock = clock;
    this.settings = settings;
  }

  @Override
  public void addNote(UUID sessionId, NoteKind kind, String text, Actor author) {
    Instant now = clock.instant();
    db.write("add note", c -> {
      SessionRows.require(c, sessionId);
      PersonalRows.appendNote(c, keys.currentFor(c), sessionId, kind, text, author, now);
      SessionRows.touch(c, sessionId, now);
      AuditLog.append(c, now, author, "NOTE_ADDED", sessionId, kind.name());
      return null;
    });
  }

  @Override
  public List<SessionRecord.Note> notes(UUID sessionId, Set<NoteKind> kinds, Actor reader) {
    Instant now = clock.instant();
    return db.write("read notes", c -> {
      AuditLog.append(c, now, reader, "NOTES_READ", sessionId, "");
      return PersonalRows.notes(c, keys.currentFor(c), sessionId).stream()
          .filter(n -> kinds.contains(n.kind())).toList();
    });
  }

  @Override
  public void setDocumentStatus(UUID sessionId, String documentId, DocumentStatus.State state,
      Actor actor) {
    requireDocumentId(documentId);
    Instant now = clock.instant();
    db.write("set document", c -> {
      SessionRows.require(c, sessionId);
      PersonalRows.setDocument(c, sessionId, documentId, state, actor, now);
      SessionRows.touch(c, sessionId, now);
      AuditLog.append(c, now, actor, "DOCUMENT_" + state.name(), sessionId, documentId);
      return null;
    });
  }

  @Override
  public void clearDocumentStatus(UUID sessionId, String documentId, Actor actor) {
    requireDocumentId(documentId);
    Instant now = clock.instant();
    db.write("clear document", c -> {
      SessionRows.require(c, sessionId);
      PersonalRows.clearDocument(c, sessionId, documentId);
      SessionRows.touch(c, sessionId, now);
      AuditLog.append(c, now, actor, "DOCUMENT_A_FOURNIR", sessionId, documentId);
      return null;
    });
  }

  private static void requireDocumentId(String documentId) {
    if (!DOCUMENT_ID.matcher(documentId).matches()) {
      throw new IllegalArgumentException("document id must be an identifier");
    }
  }

  @Override
  public List<DocumentStatus> documentStatuses(UUID sessionId) {
    return db.read("read documents", c -> PersonalRows.documents(c, sessionId));
  }

  @Override
  public void setIdentity(UUID sessionId, Identity identity, Actor actor) {
    Instant now = clock.instant();
    db.write("set identity", c -> {
      SessionRows.require(c, sessionId);
      DataKey key = keys.currentFor(c);
      IdentityRows.put(c, key, sessionId, identity,
          new SecondFactors().birthDate(c, key, sessionId), actor, now);
      SessionRows.touch(c, sessionId, now);
      AuditLog.append(c, now, actor, "IDENTITY_RECORDED", sessionId, "");
      return null;
    });
  }

  @Override
  public Optional<Identity> identity(UUID sessionId, Actor reader) {
    Instant now = clock.instant();
    return db.write("read identity", c -> {
      Optional<Identity> found = IdentityRows.get(c, keys.currentFor(c), sessionId);
      if (found.isPresent()) {
        AuditLog.append(c, now, reader, "IDENTITY_READ", sessionId, "");
      }
      return found;
    });
  }

  @Override
  public List<Session> search(String nom, LocalDate birthDate, Actor actor) {
    Instant now = clock.instant();
    return db.write("search", c -> {
      List<Session> found = new java.util.ArrayList<>();
      for (UUID id : IdentityRows.find(c, keys.currentFor(c), nom, birthDate)) {
        SessionRows.byId(c, id).ifPresent(found::add);
      }
      AuditLog.append(c, now, actor, "SEARCHED", null, "found:" + found.size());
      return found;
    });
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
      DataKey key = keys.currentFor(c);
      AuditLog.append(c, now, actor, "EXPORTED", sessionId, "");
      List<Optional<Boolean>> consents = PersonalRows.consents(c, sessionId);
      return Optional.of(new SessionRecord(session.get(), consents.get(0), consents.get(1),
          new SecondFactors().birthDate(c, key, sessionId),
          AnswerEvents.current(c, key, sessionId), PersonalRows.history(c, key, sessionId),
          PersonalRows.notes(c, key, sessionId), PersonalRows.documents(c, sessionId),
          IdentityRows.get(c, key, sessionId), VisitRows.all(c, key, sessionId),
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

  private boolean checkpoint() {
    return db.afterErasure();
  }
}
