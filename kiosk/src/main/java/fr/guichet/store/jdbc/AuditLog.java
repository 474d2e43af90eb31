package fr.guichet.store.jdbc;

import fr.guichet.store.Actor;
import fr.guichet.store.audit.AuditEntry;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The append-only, hash-chained audit table. Each entry's hash is SHA-256 over the previous
 * entry's hash and this entry's fields (length-prefixed), so changing, removing or inserting an
 * entry breaks the chain from that point. Appends happen inside the caller's write transaction,
 * which the {@link Database} serialises with every other writer (SQLite's IMMEDIATE transactions,
 * PostgreSQL's advisory lock), so the chain never forks, even across sites.
 */
final class AuditLog {
  private static final Pattern ACTION = Pattern.compile("[A-Z][A-Z_]{0,39}");
  private static final Pattern DETAIL = Pattern.compile("[A-Za-z0-9_.:-]{0,100}");
  private static final byte[] GENESIS = new byte[32];

  private AuditLog() {}

  static void append(Connection c, Instant at, Actor actor, String action, UUID sessionId,
      String detail) throws SQLException {
    if (!ACTION.matcher(action).matches() || !DETAIL.matcher(detail).matches()) {
      throw new IllegalArgumentException(
          "audit action must be UPPER_CASE and detail an identifier (no personal data)");
    }
    long seq = 1;
    byte[] prev = GENESIS;
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
        ResultSet rs = ps.executeQuery()) {
      if (rs.next()) {
        seq = rs.getLong(1) + 1;
        prev = rs.getBytes(2);
      }
    }
    AuditEntry entry = new AuditEntry(seq, at, actor.user(), actor.terminalId(), action,
        Optional.ofNullable(sessionId), detail);
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO audit_log (seq, at, actor, terminal, action, session_id, detail, prev_hash,"
            + " hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setLong(1, seq);
      ps.setLong(2, at.toEpochMilli());
      ps.setString(3, entry.actor());
      ps.setString(4, entry.terminal());
      ps.setString(5, action);
      ps.setString(6, sessionId == null ? null : sessionId.toString());
      ps.setString(7, detail);
      ps.setBytes(8, prev);
      ps.setBytes(9, hash(prev, entry));
      ps.executeUpdate();
    }
  }

  /** The first entry whose chain link or hash is wrong, or empty when the whole log is intact. */
  static Optional<AuditEntry> firstBroken(Connection c) throws SQLException {
    byte[] expectedPrev = GENESIS;
    long expectedSeq = 1;
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT seq, at, actor, terminal, action, session_id, detail, prev_hash, hash"
            + " FROM audit_log ORDER BY seq");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        AuditEntry entry = entry(rs);
        byte[] hash = rs.getBytes(9);
        boolean intact = entry.seq() == expectedSeq
            && MessageDigest.isEqual(expectedPrev, rs.getBytes(8))
            && MessageDigest.isEqual(hash, hash(expectedPrev, entry));
        if (!intact) {
          return Optional.of(entry);
        }
        expectedPrev = hash;
        expectedSeq++;
      }
    }
    return Optional.empty();
  }

  static List<AuditEntry> forSession(Connection c, UUID sessionId) throws SQLException {
    List<AuditEntry> entries = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT seq, at, actor, terminal, action, session_id, detail FROM audit_log"
            + " WHERE session_id = ? ORDER BY seq")) {
      ps.setString(1, sessionId.toString());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          entries.add(entry(rs));
        }
      }
    }
    return entries;
  }

  private static AuditEntry entry(ResultSet rs) throws SQLException {
    String session = rs.getString(6);
    return new AuditEntry(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)), rs.getString(3),
        rs.getString(4), rs.getString(5),
        session == null ? Optional.empty() : Optional.of(UUID.fromString(session)),
        rs.getString(7));
  }

  private static byte[] hash(byte[] prev, AuditEntry e) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(prev);
      sha.update(ByteBuffer.allocate(16).putLong(e.seq()).putLong(e.at().toEpochMilli()).array());
      for (String field : new String[] {e.actor(), e.terminal(), e.action(),
          e.sessionId().map(UUID::toString).orElse(""), e.detail()}) {
        byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
        sha.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        sha.update(bytes);
      }
      return sha.digest();
    } catch (NoSuchAlgorithmException ex) {
      throw new IllegalStateException("SHA-256 unavailable", ex);
    }
  }
}
