package fr.guichet.store.jdbc;

import fr.guichet.store.Actor;
import fr.guichet.store.StoreException;
import fr.guichet.store.account.AccountRecord;
import fr.guichet.store.account.AccountStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/** The {@link AccountStore} on the store's database; obtained from the store. */
final class JdbcAccountStore implements AccountStore {
  private static final String COLUMNS = "username, password_hash, role, disabled,"
      + " failed_attempts, locked_until, created_at, updated_at";

  private final Database db;
  private final Clock clock;

  JdbcAccountStore(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  @Override
  public boolean createFirst(String username, String passwordHash, String role, Actor actor) {
    Instant now = clock.instant();
    return db.write("create first account", c -> {
      if (count(c) > 0) {
        return false;
      }
      insert(c, username, passwordHash, role, now);
      AuditLog.append(c, now, actor, "FIRST_ACCOUNT_CREATED", null, username);
      return true;
    });
  }

  @Override
  public boolean create(String username, String passwordHash, String role, Actor actor) {
    Instant now = clock.instant();
    return db.write("create account", c -> {
      if (byName(c, username).isPresent()) {
        return false;
      }
      insert(c, username, passwordHash, role, now);
      AuditLog.append(c, now, actor, "ACCOUNT_CREATED", null, username + ":" + role);
      return true;
    });
  }

  @Override
  public Optional<AccountRecord> find(String username) {
    return db.read("find account", c -> byName(c, username));
  }

  @Override
  public List<AccountRecord> list() {
    return db.read("list accounts", c -> {
      List<AccountRecord> all = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT " + COLUMNS + " FROM accounts ORDER BY username");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          all.add(record(rs));
        }
      }
      return all;
    });
  }

  @Override
  public boolean isEmpty() {
    return db.read("count accounts", c -> count(c) == 0);
  }

  @Override
  public AccountRecord recordFailedLogin(String username, IntFunction<Duration> lockFor,
      Actor actor) {
    Instant now = clock.instant();
    return db.write("record failed login", c -> {
      AccountRecord a = require(c, username);
      int failures = a.failedAttempts() + 1;
      Duration lock = lockFor.apply(failures);
      long lockedUntil = lock.isZero() || lock.isNegative()
          ? a.lockedUntil().toEpochMilli() : now.plus(lock).toEpochMilli();
      update(c, "UPDATE accounts SET failed_attempts = ?, locked_until = ?, updated_at = ?"
          + " WHERE username = ?", failures, lockedUntil, now.toEpochMilli(), username);
      AuditLog.append(c, now, actor, lockedUntil > now.toEpochMilli() ? "LOGIN_LOCKED"
          : "LOGIN_REFUSED", null, "failures:" + failures);
      return require(c, username);
    });
  }

  @Override
  public void recordLogin(String username, Actor actor) {
    Instant now = clock.instant();
    db.write("record login", c -> {
      require(c, username);
      update(c, "UPDATE accounts SET failed_attempts = 0, locked_until = 0 WHERE username = ?",
          username);
      AuditLog.append(c, now, actor, "LOGIN", null, "");
      return null;
    });
  }

  @Override
  public void setPasswordHash(String username, String passwordHash, Actor actor) {
    Instant now = clock.instant();
    db.write("set password", c -> {
      require(c, username);
      update(c, "UPDATE accounts SET password_hash = ?, failed_attempts = 0, locked_until = 0,"
          + " updated_at = ? WHERE username = ?", passwordHash, now.toEpochMilli(), username);
      AuditLog.append(c, now, actor, "PASSWORD_CHANGED", null, username);
      return null;
    });
  }

  @Override
  public void setDisabled(String username, boolean disabled, Actor actor) {
    Instant now = clock.instant();
    db.write("disable account", c -> {
      require(c, username);
      update(c, "UPDATE accounts SET disabled = ?, updated_at = ? WHERE username = ?",
          disabled ? 1 : 0, now.toEpochMilli(), username);
      AuditLog.append(c, now, actor, disabled ? "ACCOUNT_DISABLED" : "ACCOUNT_ENABLED", null,
          username);
      return null;
    });
  }

  @Override
  public void audit(Actor actor, String action, String detail) {
    Instant now = clock.instant();
    db.write("audit account event", c -> {
      AuditLog.append(c, now, actor, action, null, detail);
      return null;
    });
  }

  private static void insert(Connection c, String username, String hash, String role,
      Instant now) throws SQLException {
    update(c, "INSERT INTO accounts (username, password_hash, role, created_at, updated_at)"
        + " VALUES (?, ?, ?, ?, ?)", username, hash, role, now.toEpochMilli(), now.toEpochMilli());
  }

  private static long count(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM accounts");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static AccountRecord require(Connection c, String username) throws SQLException {
    return byName(c, username).orElseThrow(() -> new StoreException(
        "Ce compte n'existe pas.", "Account not found"));
  }

  private static Optional<AccountRecord> byName(Connection c, String username)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT " + COLUMNS + " FROM accounts WHERE username = ?")) {
      ps.setString(1, username);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(record(rs)) : Optional.empty();
      }
    }
  }

  private static AccountRecord record(ResultSet rs) throws SQLException {
    return new AccountRecord(rs.getString(1), rs.getString(2), rs.getString(3),
        rs.getInt(4) != 0, rs.getInt(5), Instant.ofEpochMilli(rs.getLong(6)),
        Instant.ofEpochMilli(rs.getLong(7)), Instant.ofEpochMilli(rs.getLong(8)));
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
