package fr.guichet.store.jdbc;

import fr.guichet.store.Actor;
import fr.guichet.store.StoreException;
import fr.guichet.store.session.ResumeCode;
import fr.guichet.store.session.Session;
import fr.guichet.store.session.SessionStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** SQL for the {@code sessions} table. */
final class SessionRows {
  private static final String COLUMNS =
      "id, resume_code, script_id, script_version, status, created_at, updated_at";

  /** Who holds a session open, and when it last said so. */
  record Lease(String terminal, long heartbeatMillis) {}

  /** The stored second factor. */
  record SecondFactor(byte[] mac, byte[] sealed) {}

  private SessionRows() {}

  static void insert(Connection c, Session s, Actor actor) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO sessions (" + COLUMNS + ", created_by, lease_terminal, lease_heartbeat)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, s.id().toString());
      ps.setString(2, s.resumeCode().compact());
      ps.setString(3, s.scriptId());
      ps.setString(4, s.scriptVersion());
      ps.setString(5, s.status().name());
      ps.setLong(6, s.createdAt().toEpochMilli());
      ps.setLong(7, s.updatedAt().toEpochMilli());
      ps.setString(8, actor.user());
      ps.setString(9, actor.terminalId());
      ps.setLong(10, s.createdAt().toEpochMilli());
      ps.executeUpdate();
    }
  }

  static String language(Connection c, UUID id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT language FROM sessions WHERE id = ?")) {
      ps.setString(1, id.toString());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) throw new StoreException("Ce dossier n'existe plus.", "Session " + id + " not found");
        return rs.getString(1);
      }
    }
  }

  static void setLanguage(Connection c, UUID id, String language) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE sessions SET language = ? WHERE id = ?")) {
      ps.setString(1, language);
      ps.setString(2, id.toString());
      if (ps.executeUpdate() != 1) throw new StoreException("Ce dossier n'existe plus.", "Session " + id + " not found");
    }
  }

  static Optional<Session> byId(Connection c, UUID id) throws SQLException {
    return one(c, "WHERE id = ?", id.toString());
  }

  static Optional<Session> byCode(Connection c, ResumeCode code) throws SQLException {
    return one(c, "WHERE resume_code = ?", code.compact());
  }

  static Session require(Connection c, UUID id) throws SQLException {
    return byId(c, id).orElseThrow(() -> new StoreException(
        "Ce dossier n'existe plus.", "Session " + id + " not found"));
  }

  static List<Session> list(Connection c) throws SQLException {
    List<Session> sessions = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT " + COLUMNS + " FROM sessions ORDER BY updated_at DESC, id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        sessions.add(session(rs));
      }
    }
    return sessions;
  }

  static Optional<Lease> lease(Connection c, UUID id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT lease_terminal, lease_heartbeat FROM sessions WHERE id = ?")) {
      ps.setString(1, id.toString());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next() || rs.getString(1) == null) {
          return Optional.empty();
        }
        return Optional.of(new Lease(rs.getString(1), rs.getLong(2)));
      }
    }
  }

  static void setLease(Connection c, UUID id, String terminal, Instant now) throws SQLException {
    update(c, "UPDATE sessions SET lease_terminal = ?, lease_heartbeat = ? WHERE id = ?",
        terminal, terminal == null ? null : now.toEpochMilli(), id.toString());
  }

  static void touch(Connection c, UUID id, Instant now) throws SQLException {
    update(c, "UPDATE sessions SET updated_at = ?, lease_heartbeat = ? WHERE id = ?",
        now.toEpochMilli(), now.toEpochMilli(), id.toString());
  }

  static void setStatus(Connection c, UUID id, SessionStatus status, Instant now)
      throws SQLException {
    update(c, "UPDATE sessions SET status = ?, updated_at = ? WHERE id = ?",
        status.name(), now.toEpochMilli(), id.toString());
  }

  static void setSecondFactor(Connection c, UUID id, SecondFactor factor) throws SQLException {
    update(c, "UPDATE sessions SET second_factor_mac = ?, second_factor_sealed = ? WHERE id = ?",
        factor.mac(), factor.sealed(), id.toString());
  }

  static Optional<SecondFactor> secondFactor(Connection c, UUID id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT second_factor_mac, second_factor_sealed FROM sessions WHERE id = ?")) {
      ps.setString(1, id.toString());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next() || rs.getBytes(1) == null) {
          return Optional.empty();
        }
        return Optional.of(new SecondFactor(rs.getBytes(1), rs.getBytes(2)));
      }
    }
  }

  /** Ids of the sessions that have a second factor (for key rotation). */
  static List<UUID> withSecondFactor(Connection c) throws SQLException {
    List<UUID> ids = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT id FROM sessions WHERE second_factor_mac IS NOT NULL");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        ids.add(UUID.fromString(rs.getString(1)));
      }
    }
    return ids;
  }

  private static Optional<Session> one(Connection c, String where, String arg)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT " + COLUMNS + " FROM sessions " + where)) {
      ps.setString(1, arg);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(session(rs)) : Optional.empty();
      }
    }
  }

  private static Session session(ResultSet rs) throws SQLException {
    return new Session(UUID.fromString(rs.getString(1)), ResumeCode.fromStored(rs.getString(2)),
        rs.getString(3), rs.getString(4), SessionStatus.valueOf(rs.getString(5)),
        Instant.ofEpochMilli(rs.getLong(6)), Instant.ofEpochMilli(rs.getLong(7)));
  }

  private static void update(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      ps.executeUpdate();
    }
  }
}
