package fr.guichet.store.jdbc;

import fr.guichet.store.key.DataKey;
import fr.guichet.store.key.TamperedDataException;
import fr.guichet.store.session.FollowUp;
import fr.guichet.store.session.Visit;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.AEADBadTagException;

/** SQL for {@code visits} (results sealed with {@code visit|session|number}) and {@code follow_up}. */
final class VisitRows {
  /** The Busy refusal naming the terminal holding a session, its site and agent when known. */
  static fr.guichet.store.session.OpenOutcome.Busy holder(Connection c, UUID sessionId,
      String terminal) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT site, actor FROM visits"
        + " WHERE session_id = ? AND terminal = ? ORDER BY number DESC LIMIT 1")) {
      ps.setString(1, sessionId.toString());
      ps.setString(2, terminal);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? fr.guichet.store.session.OpenOutcome.Busy.heldBy(terminal, rs.getString(1),
                rs.getString(2))
            : fr.guichet.store.session.OpenOutcome.Busy.heldBy(terminal, null, null);
      }
    }
  }

  private VisitRows() {}

  static void insert(Connection c, Visit v) throws SQLException {
    PersonalRows.exec(c, "INSERT INTO visits (session_id, number, started_at, site, terminal,"
        + " actor, role, rules_date, first_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        v.sessionId().toString(), v.number(), v.startedAt().toEpochMilli(), v.site(),
        v.terminal(), v.actor(), v.role(), v.rulesDate().toString(), v.firstSeq());
  }

  static int nextNumber(Connection c, UUID sessionId) throws SQLException {
    return (int) single(c, "SELECT COALESCE(MAX(number), 0) + 1 FROM visits WHERE session_id = ?",
        sessionId);
  }

  static long lastSeq(Connection c, UUID sessionId) throws SQLException {
    return single(c, "SELECT COALESCE(MAX(seq), 0) FROM answer_events WHERE session_id = ?",
        sessionId);
  }

  static List<Visit> all(Connection c, DataKey key, UUID sessionId) throws SQLException {
    List<Visit> visits = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT number, started_at, site, terminal,"
        + " actor, role, rules_date, first_seq, results_sealed FROM visits WHERE session_id = ?"
        + " ORDER BY number")) {
      ps.setString(1, sessionId.toString());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          int number = rs.getInt(1);
          byte[] sealed = rs.getBytes(9);
          visits.add(new Visit(sessionId, number, Instant.ofEpochMilli(rs.getLong(2)),
              rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
              LocalDate.parse(rs.getString(7)), rs.getLong(8),
              sealed == null ? Optional.empty() : Optional.of(open(key, sessionId, number, sealed))));
        }
      }
    }
    return visits;
  }

  static void setResults(Connection c, DataKey key, UUID sessionId, int number, String results)
      throws SQLException {
    PersonalRows.exec(c, "UPDATE visits SET results_sealed = ? WHERE session_id = ? AND number = ?",
        key.seal(results, data(sessionId, number)), sessionId.toString(), number);
  }

  /** Key rotation: every visit's results re-sealed under {@code next}. */
  static void reseal(Connection c, DataKey old, DataKey next) throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT session_id, number, results_sealed FROM visits WHERE results_sealed IS NOT NULL");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        rows.add(new Object[] {UUID.fromString(rs.getString(1)), rs.getInt(2), rs.getBytes(3)});
      }
    }
    for (Object[] row : rows) {
      UUID id = (UUID) row[0];
      int number = (Integer) row[1];
      setResults(c, next, id, number, open(old, id, number, (byte[]) row[2]));
    }
  }

  static FollowUp followUp(Connection c, UUID sessionId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT service_id, worker, outcome, closed_at"
        + " FROM follow_up WHERE session_id = ?")) {
      ps.setString(1, sessionId.toString());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return FollowUp.NONE;
        }
        long closed = rs.getLong(4);
        Optional<Instant> closedAt = rs.wasNull() ? Optional.empty()
            : Optional.of(Instant.ofEpochMilli(closed));
        return new FollowUp(Optional.ofNullable(rs.getString(1)),
            Optional.ofNullable(rs.getString(2)), Optional.ofNullable(rs.getString(3)), closedAt);
      }
    }
  }

  static void upsertFollowUp(Connection c, UUID sessionId, String serviceId, String worker,
      String outcome, Instant now) throws SQLException {
    PersonalRows.exec(c, "INSERT INTO follow_up (session_id, service_id, worker, outcome,"
        + " closed_at, updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (session_id) DO UPDATE"
        + " SET service_id = COALESCE(excluded.service_id, service_id),"
        + " worker = COALESCE(excluded.worker, worker),"
        + " outcome = COALESCE(excluded.outcome, outcome),"
        + " closed_at = COALESCE(excluded.closed_at, closed_at), updated_at = excluded.updated_at",
        sessionId.toString(), serviceId, worker, outcome,
        outcome == null ? null : now.toEpochMilli(), now.toEpochMilli());
  }

  static List<UUID> assignedTo(Connection c, String worker) throws SQLException {
    List<UUID> ids = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT f.session_id FROM follow_up f"
        + " JOIN sessions s ON s.id = f.session_id WHERE f.worker = ? ORDER BY s.updated_at DESC")) {
      ps.setString(1, worker);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.add(UUID.fromString(rs.getString(1)));
        }
      }
    }
    return ids;
  }

  private static long single(Connection c, String sql, UUID sessionId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, sessionId.toString());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static String open(DataKey key, UUID sessionId, int number, byte[] sealed) {
    try {
      return key.open(sealed, data(sessionId, number));
    } catch (AEADBadTagException e) {
      throw new TamperedDataException(sessionId, "visit " + number, e);
    }
  }

  private static byte[] data(UUID sessionId, int number) {
    return ("visit\0" + sessionId + "\0" + number).getBytes(StandardCharsets.UTF_8);
  }
}
