package fr.guichet.store.jdbc;

import fr.guichet.store.Actor;
import fr.guichet.store.StoreException;
import fr.guichet.store.key.DataKey;
import fr.guichet.store.key.TamperedDataException;
import fr.guichet.store.personal.DocumentStatus;
import fr.guichet.store.personal.NoteKind;
import fr.guichet.store.personal.SessionRecord;
import fr.guichet.store.session.AnswerEvent;
import fr.guichet.store.session.Session;
import fr.guichet.store.session.SessionStatus;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.AEADBadTagException;

/**
 * SQL for the tables around a session: notes (sealed with associated data
 * {@code note|session|seq}), documents received, consents, the full answer history, and the
 * deletion of all of it.
 */
final class PersonalRows {
  private PersonalRows() {}

  static void appendNote(Connection c, DataKey key, UUID sessionId, NoteKind kind, String text,
      Actor author, Instant now) throws SQLException {
    long seq;
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT COALESCE(MAX(seq), 0) + 1 FROM notes WHERE session_id = ?")) {
      ps.setString(1, sessionId.toString());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        seq = rs.getLong(1);
      }
    }
    exec(c, "INSERT INTO notes (session_id, seq, kind, author, terminal, at, body_sealed)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?)", sessionId.toString(), seq, kind.name(), author.user(),
        author.terminalId(), now.toEpochMilli(), key.seal(text, noteData(sessionId, seq)));
  }

  static List<SessionRecord.Note> notes(Connection c, DataKey key, UUID sessionId)
      throws SQLException {
    List<SessionRecord.Note> notes = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT seq, author, terminal, at,"
        + " body_sealed, kind FROM notes WHERE session_id = ? ORDER BY seq")) {
      ps.setString(1, sessionId.toString());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long seq = rs.getLong(1);
          notes.add(new SessionRecord.Note(seq, NoteKind.valueOf(rs.getString(6)),
              rs.getString(2), rs.getString(3),
              Instant.ofEpochMilli(rs.getLong(4)), openNote(key, sessionId, seq, rs.getBytes(5))));
        }
      }
    }
    return notes;
  }

  /** Re-seals every note under {@code next} (key rotation). */
  static void resealNotes(Connection c, DataKey old, DataKey next) throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT session_id, seq, body_sealed FROM notes");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        rows.add(new Object[] {UUID.fromString(rs.getString(1)), rs.getLong(2), rs.getBytes(3)});
      }
    }
    for (Object[] row : rows) {
      UUID id = (UUID) row[0];
      long seq = (Long) row[1];
      String text = openNote(old, id, seq, (byte[]) row[2]);
      exec(c, "UPDATE notes SET body_sealed = ? WHERE session_id = ? AND seq = ?",
          next.seal(text, noteData(id, seq)), id.toString(), seq);
    }
  }

  private static String openNote(DataKey key, UUID sessionId, long seq, byte[] sealed) {
    try {
      return key.open(sealed, noteData(sessionId, seq));
    } catch (DataKey.WrongKeyException e) {
      throw new StoreException("Une note du dossier " + sessionId
          + " a été chiffrée avec une autre clé. Vérifiez le fichier de clé.",
          "Note " + seq + " of session " + sessionId + " sealed under another key", e);
    } catch (AEADBadTagException e) {
      throw new TamperedDataException(sessionId, "note " + seq, e);
    }
  }

  private static byte[] noteData(UUID sessionId, long seq) {
    return ("note\0" + sessionId + "\0" + seq).getBytes(StandardCharsets.UTF_8);
  }

  static void setDocument(Connection c, UUID sessionId, String documentId,
      DocumentStatus.State state, Actor actor, Instant now) throws SQLException {
    exec(c, "INSERT INTO document_status (session_id, document_id, status, at, by_actor)"
        + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (session_id, document_id) DO UPDATE SET"
        + " status = excluded.status, at = excluded.at, by_actor = excluded.by_actor",
        sessionId.toString(), documentId, state.name(), now.toEpochMilli(), actor.user());
  }

  static void clearDocument(Connection c, UUID sessionId, String documentId) throws SQLException {
    exec(c, "DELETE FROM document_status WHERE session_id = ? AND document_id = ?",
        sessionId.toString(), documentId);
  }

  static List<DocumentStatus> documents(Connection c, UUID sessionId) throws SQLException {
    List<DocumentStatus> docs = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT document_id, status, at, by_actor"
        + " FROM document_status WHERE session_id = ? ORDER BY at, document_id")) {
      ps.setString(1, sessionId.toString());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          docs.add(new DocumentStatus(rs.getString(1),
              DocumentStatus.State.valueOf(rs.getString(2)), Instant.ofEpochMilli(rs.getLong(3)),
              rs.getString(4)));
        }
      }
    }
    return docs;
  }

  static void setConsents(Connection c, UUID sessionId, boolean save, boolean share,
      Instant now) throws SQLException {
    exec(c, "UPDATE sessions SET consent_save = ?, consent_share = ?, updated_at = ?"
        + " WHERE id = ?", save ? 1 : 0, share ? 1 : 0, now.toEpochMilli(), sessionId.toString());
  }

  /** The two consents, each empty when not asked yet. */
  static List<Optional<Boolean>> consents(Connection c, UUID sessionId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT consent_save, consent_share FROM sessions WHERE id = ?")) {
      ps.setString(1, sessionId.toString());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return List.of(bool(rs, 1), bool(rs, 2));
      }
    }
  }

  private static Optional<Boolean> bool(ResultSet rs, int column) throws SQLException {
    int v = rs.getInt(column);
    return rs.wasNull() ? Optional.empty() : Optional.of(v != 0);
  }

  static List<AnswerEvent> history(Connection c, DataKey key, UUID sessionId)
      throws SQLException {
    List<AnswerEvent> events = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT seq, answer_key, value_sealed,"
        + " actor, terminal, at FROM answer_events WHERE session_id = ? ORDER BY seq")) {
      ps.setString(1, sessionId.toString());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long seq = rs.getLong(1);
          String answerKey = rs.getString(2);
          byte[] sealed = rs.getBytes(3);
          Optional<String> value = sealed == null ? Optional.empty() : Optional.of(
              AnswerEvents.open(key, new AnswerEvents.SealedValue(sessionId, seq, answerKey,
                  sealed)));
          events.add(new AnswerEvent(seq, answerKey, value, rs.getString(4),
              rs.getString(5), Instant.ofEpochMilli(rs.getLong(6))));
        }
      }
    }
    return events;
  }

  /** Deletes the session row and every row attached to it. */
  static void deleteSession(Connection c, Session s) throws SQLException {
    String id = s.id().toString();
    exec(c, "DELETE FROM answer_events WHERE session_id = ?", id);
    exec(c, "DELETE FROM notes WHERE session_id = ?", id);
    for (String table : List.of("document_status", "visits", "identities", "follow_up")) {
      exec(c, "DELETE FROM " + table + " WHERE session_id = ?", id);
    }
    exec(c, "DELETE FROM resume_attempts WHERE scope = 'CODE' AND subject = ?",
        s.resumeCode().compact());
    exec(c, "DELETE FROM sessions WHERE id = ?", id);
  }

  /** Sessions of the given statuses last changed before {@code before}, with no live lease. */
  static List<Session> inactive(Connection c, List<SessionStatus> statuses, Instant before,
      long liveLeaseSince) throws SQLException {
    List<UUID> ids = new ArrayList<>();
    String marks = String.join(", ", java.util.Collections.nCopies(statuses.size(), "?"));
    try (PreparedStatement ps = c.prepareStatement("SELECT id FROM sessions WHERE updated_at < ?"
        + " AND status IN (" + marks + ")"
        + " AND (lease_terminal IS NULL OR lease_heartbeat <= ?) ORDER BY updated_at")) {
      ps.setLong(1, before.toEpochMilli());
      for (int i = 0; i < statuses.size(); i++) {
        ps.setString(i + 2, statuses.get(i).name());
      }
      ps.setLong(statuses.size() + 2, liveLeaseSince);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.add(UUID.fromString(rs.getString(1)));
        }
      }
    }
    List<Session> found = new ArrayList<>();
    for (UUID id : ids) {
      found.add(SessionRows.require(c, id));
    }
    return found;
  }

  static void exec(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      ps.executeUpdate();
    }
  }
}
