package fr.guichet.store.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import fr.guichet.store.StoreException;
import fr.guichet.store.StoreLocation;
import fr.guichet.store.jdbc.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * A small pool of connections (HikariCP) to the PostgreSQL server, set up for durability
 * ({@code synchronous_commit=on} on every connection, whatever the server's default) and for
 * several terminals on several sites: each write transaction first takes one transaction-scoped
 * advisory lock, so writers are serialised exactly as SQLite's IMMEDIATE transactions serialise
 * them; the shared SQL's read-then-write steps (next answer number, the audit chain's head, the
 * lease check) therefore never race, and the audit stays one chain. A writer waits at most
 * {@code lockTimeout} for another, then gets the French "occupée" message.
 */
final class PostgresDatabase extends Database {
  /** The advisory lock key every writer takes ("GUICHET" in ASCII). */
  static final long WRITE_LOCK = 0x4755494348455400L;
  private static final int POOL_SIZE = 4;

  private final String url;
  private final HikariDataSource pool;

  private PostgresDatabase(String url, HikariDataSource pool) {
    this.url = url;
    this.pool = pool;
  }

  /** Connects (failing within seconds if the server does not answer) and migrates the schema. */
  static PostgresDatabase open(StoreLocation.Postgres location, Duration lockTimeout) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(location.url());
    config.setDataSourceProperties(PostgresConnections.properties(location));
    config.addDataSourceProperty("options", "-c synchronous_commit=on -c lock_timeout="
        + lockTimeout.toMillis());
    config.setMaximumPoolSize(POOL_SIZE);
    config.setMinimumIdle(1);
    config.setConnectionTimeout(PostgresConnections.CONNECT_TIMEOUT_SECONDS * 1000L);
    config.setPoolName("guichet");
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(config);
    } catch (HikariPool.PoolInitializationException e) {
      throw e.getCause() instanceof SQLException sql
          ? PostgresErrors.translate(location.url(), "connect", sql)
          : new StoreException("Le serveur de la base de données ne répond pas.",
              "Cannot connect to " + location.url(), e);
    }
    PostgresDatabase db = new PostgresDatabase(location.url(), pool);
    try {
      db.migrate();
      return db;
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }

  private void migrate() {
    try {
      Flyway.configure(PostgresDatabase.class.getClassLoader())
          .dataSource(pool)
          .locations("classpath:db/postgresql")
          .load()
          .migrate();
    } catch (FlywayException e) {
      Throwable cause = e;
      while (cause != null && !(cause instanceof SQLException)) {
        cause = cause.getCause();
      }
      if (cause instanceof SQLException sql) {
        throw PostgresErrors.translate(url, "migrate", sql);
      }
      throw new StoreException(
          "La base de données n'a pas pu être mise à jour vers la version de ce logiciel.",
          "Schema migration failed: " + e.getMessage(), e);
    }
  }

  @Override
  public <T> T write(String what, Work<T> work) {
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(false);
      try {
        try (Statement st = c.createStatement()) {
          st.execute("SELECT pg_advisory_xact_lock(" + WRITE_LOCK + ")");
        }
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly(c);
        throw e;
      } finally {
        restoreAutoCommit(c);
      }
    } catch (SQLException e) {
      throw PostgresErrors.translate(url, what, e);
    }
  }

  @Override
  public <T> T read(String what, Work<T> work) {
    try (Connection c = pool.getConnection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw PostgresErrors.translate(url, what, e);
    }
  }

  /**
   * Vacuums the tables that held the erased rows, so their dead row versions leave the pages
   * (the server's write-ahead log keeps them, sealed, until its segments are recycled).
   */
  @Override
  public boolean afterErasure() {
    try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
      st.execute("VACUUM sessions, answer_events, notes, document_status, visits, identities,"
          + " follow_up, resume_attempts");
      return true;
    } catch (SQLException e) {
      return false;
    }
  }

  private static void rollbackQuietly(Connection c) {
    try {
      c.rollback();
    } catch (SQLException ignored) {
      // the original failure matters more; the server rolls back a broken connection anyway
    }
  }

  private static void restoreAutoCommit(Connection c) {
    try {
      c.setAutoCommit(true);
    } catch (SQLException ignored) {
      // a broken connection is evicted by the pool
    }
  }

  @Override
  public void close() {
    pool.close();
  }
}
