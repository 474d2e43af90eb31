package fr.guichet.store.jdbc;

import fr.guichet.store.Actor;
import fr.guichet.store.StoreException;
import fr.guichet.store.key.DataKey;
import fr.guichet.store.key.TamperedDataException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.AEADBadTagException;

/**
 * SQL for the append-only {@code answer_events} table. Each value is sealed with associated data
 * {@code answer|session|key|seq}, so it cannot be moved to another session, key or event.
 */
final class AnswerEvents {
  /** One sealed value as stored. */
  record SealedValue(UUID sessionId, long seq, String key, byte[] sealed) {
    byte[] associatedData() {
      return AnswerEvents.associatedData(sessionId, key, seq);
    }
  }

  private AnswerEvents() {}

  /** Appends a SET (value non-null) or CLEAR (value null) event; returns its number. */
  static long append(Connection c, DataKey key, UUID sessionId, String answerKey, String value,
      Actor actor, Instant now) throws SQLException {
    long seq = nextSeq(c, sessionId);
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO answer_events (session_id, seq, answer_key, kind, value_sealed, actor,"
            + " terminal, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, sessionId.toString());
      ps.setLong(2, seq);
      ps.setString(3, answerKey);
      ps.setString(4, value == null ? "CLEAR" : "SET");
      ps.setBytes(5, value == null ? null
          : key.seal(value, associatedData(sessionId, answerKey, seq)));
      ps.setString(6, actor.user());
      ps.setString(7, actor.terminalId());
      ps.setLong(8, now.toEpochMilli());
      ps.executeUpdate();
    }
    return seq;
  }

  /** Folds the events into the latest value per key, in first-given order, then opens them. */
  static Map<String, String> current(Connection c, DataKey key, UUID sessionId)
      throws SQLException {
    Map<String, SealedValue> latest = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT seq, answer_key, value_sealed FROM answer_events WHERE session_id = ?"
            + " ORDER BY seq")) {
      ps.setString(1, sessionId.toString());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          byte[] sealed = rs.getBytes(3);
          String answerKey = rs.getString(2);
          if (sealed == null) {
            latest.remove(answerKey);
          } else {
            latest.put(answerKey, new SealedValue(sessionId, rs.getLong(1), answerKey, sealed));
          }
        }
      }
    }
    Map<String, String> answers = new LinkedHashMap<>();
    for (SealedValue v : latest.values()) {
      answers.put(v.key(), open(key, v));
    }
    return answers;
  }

  /** A page of sealed values after (sessionId, seq), for re-encryption. */
  static List<SealedValue> page(Connection c, String afterSession, long afterSeq, int limit)
      throws SQLException {
    List<SealedValue> page = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT session_id, seq, answer_key, value_sealed FROM answer_events"
            + " WHERE value_sealed IS NOT NULL AND (session_id, seq) > (?, ?)"
            + " ORDER BY session_id, seq LIMIT ?")) {
      ps.setString(1, afterSession);
      ps.setLong(2, afterSeq);
      ps.setInt(3, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          page.add(new SealedValue(UUID.fromString(rs.getString(1)), rs.getLong(2),
              rs.getString(3), rs.getBytes(4)));
        }
      }
    }
    return page;
  }

  static void replaceSealed(Connection c, SealedValue v, byte[] sealed) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "UPDATE answer_events SET value_sealed = ? WHERE session_id = ? AND seq = ?")) {
      ps.setBytes(1, sealed);
      ps.setString(2, v.sessionId().toString());
      ps.setLong(3, v.seq());
      ps.executeUpdate();
    }
  }

  static String open(DataKey key, SealedValue v) {
    try {
      return key.open(v.sealed(), v.associatedData());
    } catch (DataKey.WrongKeyException e) {
      throw new StoreException(
          "Une réponse du dossier " + v.sessionId() + " a été chiffrée avec une autre clé."
              + " Vérifiez le fichier de clé.",
          "Answer " + v.key() + " of session " + v.sessionId() + " sealed under another key", e);
    } catch (AEADBadTagException e) {
      throw new TamperedDataException(v.sessionId(), v.key(), e);
    }
  }

  static byte[] associatedData(UUID sessionId, String key, long seq) {
    return ("answer\0" + sessionId + "\0" + key + "\0" + seq).getBytes(StandardCharsets.UTF_8);
  }

  private static long nextSeq(Connection c, UUID sessionId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT COALESCE(MAX(seq), 0) + 1 FROM answer_events WHERE session_id = ?")) {
      ps.setString(1, sessionId.toString());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
