package fr.guichet.store.jdbc;

import fr.guichet.store.StoreSettings;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Counts failed resume attempts per code and per terminal in the database, so the count survives
 * a restart and is shared by every process. After {@code freeFailures} failures, each further
 * failure blocks the subject for a delay that doubles: 30 s, 60 s, 120 s... (capped). A subject
 * with no failure for {@code forgetAfter} starts again from zero; a success clears a code's count
 * (not a terminal's: a valid code of one's own must not buy more guesses at others).
 */
final class ResumeThrottle {
  enum Scope { CODE, TERMINAL }

  private static final Duration MAX_DELAY = Duration.ofHours(24);

  private final int freeFailures;
  private final Duration firstDelay;
  private final Duration codeForgetAfter;
  private final Duration terminalForgetAfter;

  ResumeThrottle(StoreSettings settings) {
    this.freeFailures = settings.freeResumeFailures();
    this.firstDelay = settings.firstThrottleDelay();
    this.codeForgetAfter = settings.codeFailuresForgottenAfter();
    this.terminalForgetAfter = settings.terminalFailuresForgottenAfter();
  }

  /** The instant until which this code or terminal is blocked, if it is blocked now. */
  Optional<Instant> blockedUntil(Connection c, String code, String terminal, Instant now)
      throws SQLException {
    long until = Math.max(blocked(c, Scope.CODE, code), blocked(c, Scope.TERMINAL, terminal));
    return until > now.toEpochMilli() ? Optional.of(Instant.ofEpochMilli(until)) : Optional.empty();
  }

  void recordFailure(Connection c, String code, String terminal, Instant now) throws SQLException {
    recordFailure(c, Scope.CODE, code, now, codeForgetAfter);
    recordFailure(c, Scope.TERMINAL, terminal, now, terminalForgetAfter);
  }

  void recordSuccess(Connection c, String code) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "DELETE FROM resume_attempts WHERE scope = ? AND subject = ?")) {
      ps.setString(1, Scope.CODE.name());
      ps.setString(2, code);
      ps.executeUpdate();
    }
  }

  private long blocked(Connection c, Scope scope, String subject) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT blocked_until FROM resume_attempts WHERE scope = ? AND subject = ?")) {
      ps.setString(1, scope.name());
      ps.setString(2, subject);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0L;
      }
    }
  }

  private void recordFailure(Connection c, Scope scope, String subject, Instant now,
      Duration forgetAfter) throws SQLException {
    long nowMs = now.toEpochMilli();
    int failures = 0;
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT failures, last_failure FROM resume_attempts WHERE scope = ? AND subject = ?")) {
      ps.setString(1, scope.name());
      ps.setString(2, subject);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next() && rs.getLong(2) + forgetAfter.toMillis() > nowMs) {
          failures = rs.getInt(1);
        }
      }
    }
    failures++;
    long blockedUntil = failures < freeFailures ? 0L : nowMs + delay(failures).toMillis();
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO resume_attempts (scope, subject, failures, last_failure, blocked_until)"
            + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (scope, subject) DO UPDATE SET"
            + " failures = excluded.failures, last_failure = excluded.last_failure,"
            + " blocked_until = excluded.blocked_until")) {
      ps.setString(1, scope.name());
      ps.setString(2, subject);
      ps.setInt(3, failures);
      ps.setLong(4, nowMs);
      ps.setLong(5, blockedUntil);
      ps.executeUpdate();
    }
  }

  /** 30 s after the 5th failure, doubling with each further one. */
  private Duration delay(int failures) {
    int doublings = Math.min(failures - freeFailures, 20);
    Duration d = firstDelay.multipliedBy(1L << doublings);
    return d.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : d;
  }
}
