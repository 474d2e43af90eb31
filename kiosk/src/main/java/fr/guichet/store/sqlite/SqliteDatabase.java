package fr.guichet.store.sqlite;

import fr.guichet.store.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import fr.guichet.store.jdbc.Database;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteException;

/**
 * One connection to the SQLite file, set up for durability (WAL, {@code synchronous=FULL}),
 * several processes ({@code busy_timeout}, write transactions begun IMMEDIATE), integrity
 * (foreign keys) and erasure ({@code secure_delete}). Translates SQLite failures into {@link StoreException}s with French messages.
 */
final class SqliteDatabase extends Database {

  /** What the person at the screen can do about a failed write. */
  /** Less free space than this (a few pages) counts as a full disk. */
  private static final long MIN_FREE_BYTES = 64 * 1024;
  private static final String AGAIN = " Prévenez un responsable, puis réessayez.";

  private final Path file;
  private final Connection connection;

  private SqliteDatabase(Path file, Connection connection) {
    this.file = file;
    this.connection = connection;
  }

  /** Opens (creating if needed) and migrates the database file. */
  static SqliteDatabase open(Path file, int busyTimeoutMillis) {
    SQLiteDataSource dataSource = new SQLiteDataSource(config(busyTimeoutMillis));
    dataSource.setUrl("jdbc:sqlite:" + file);
    Connection connection;
    try {
      connection = dataSource.getConnection();
    } catch (SQLException e) {
      throw translate(file, "open", e);
    }
    SqliteDatabase db = new SqliteDatabase(file, connection);
    try {
      migrate(dataSource);
      return db;
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }

  private static SQLiteConfig config(int busyTimeoutMillis) {
    SQLiteConfig config = new SQLiteConfig();
    config.setBusyTimeout(busyTimeoutMillis);
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.enforceForeignKeys(true);
    // Deleted and overwritten content is zeroed in the file, so an erased session's sealed
    // values and superseded row versions do not linger in free space (see SqlitePersonalData).
    config.setPragma(SQLiteConfig.Pragma.SECURE_DELETE, "true");
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    return config;
  }

  private static void migrate(SQLiteDataSource dataSource) {
    try {
      Flyway.configure(SqliteDatabase.class.getClassLoader())
          .dataSource(dataSource)
          .locations("classpath:db/migration")
          .load()
          .migrate();
    } catch (FlywayException e) {
      Throwable cause = e;
      while (cause != null && !(cause instanceof SQLException)) {
        cause = cause.getCause();
      }
      if (cause instanceof SQLException sql) {
        throw translate(Path.of(dataSource.getUrl().substring("jdbc:sqlite:".length())),
            "migrate", sql);
      }
      throw new StoreException(
          "La base de données n'a pas pu être mise à jour vers la version de ce logiciel.",
          "Schema migration failed: " + e.getMessage(), e);
    }
  }

  /**
   * Runs {@code work} in one write transaction (BEGIN IMMEDIATE ... COMMIT). Returns only once
   * the commit is done, and throws only when it is not: when a statement or the commit fails (a
   * full or read-only disk), the transaction is rolled back and the caller gets that first
   * failure, never a later complaint about the transaction being gone.
   */
  @Override
  public synchronized <T> T write(String what, Work<T> work) {
    try {
      connection.setAutoCommit(false);
    } catch (SQLException e) {
      abandon(); // BEGIN failed (busy): the driver's flag says "in a transaction" all the same
      throw translate(file, what, e);
    }
    try {
      T result = work.run(connection);
      // COMMIT and nothing else: the driver's commit() would also BEGIN the next transaction,
      // and a failure of that BEGIN would report a committed write as failed.
      connection.setAutoCommit(true);
      return result;
    } catch (SQLException e) {
      abandon();
      throw translate(file, what, e);
    } catch (RuntimeException e) {
      abandon();
      throw e;
    }
  }

  /** Runs {@code work} outside a transaction (each statement sees a consistent snapshot). */
  @Override
  public synchronized <T> T read(String what, Work<T> work) {
    try {
      return work.run(connection);
    } catch (SQLException e) {
      throw translate(file, what, e);
    }
  }

  /**
   * Rolls back whatever SQLite still holds of the transaction (it may have rolled back by itself)
   * and puts the connection back in autocommit, so the next write starts clean.
   */
  private void abandon() {
    try (Statement rollback = connection.createStatement()) {
      rollback.execute("ROLLBACK");
    } catch (SQLException ignored) {
      // no transaction left: SQLite already rolled it back
    }
    try {
      connection.setAutoCommit(true);
    } catch (SQLException ignored) {
      // "no transaction is active": the driver's flag is set all the same
    }
  }

  /**
   * Copies the write-ahead log into the file and truncates it (deleted cells are already zeroed
   * by {@code secure_delete}); false if another reader kept it busy.
   */
  @Override
  public boolean afterErasure() {
    return read("checkpoint", c -> {
      try (Statement st = c.createStatement();
          ResultSet rs = st.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
        return rs.next() && rs.getInt(1) == 0;
      }
    });
  }

  @Override
  public synchronized void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw translate(file, "close", e);
    }
  }

  /** Maps a SQLite failure to a French message for the screen and an English one for the log. */
  static StoreException translate(Path file, String what, SQLException e) {
    String code = e instanceof SQLiteException s ? s.getResultCode().name() : "";
    String french;
    if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")) {
      french = "La base de données est occupée par un autre poste. Réessayez dans un instant.";
    } else if (code.startsWith("SQLITE_FULL") || code.startsWith("SQLITE_IOERR") && diskFull(file)) {
      french = "Le disque est plein : rien n'a été enregistré (ce qui l'était déjà reste intact)."
          + AGAIN;
    } else if (code.startsWith("SQLITE_READONLY")) {
      french = "Le dossier de données est en lecture seule : rien n'a été enregistré (ce qui l'était"
          + " déjà reste intact)." + AGAIN;
    } else if (code.startsWith("SQLITE_CANTOPEN") || code.startsWith("SQLITE_PERM")) {
      french = "La base de données ne peut pas être ouverte. Vérifiez le dossier de données.";
    } else if (code.startsWith("SQLITE_CORRUPT") || code.startsWith("SQLITE_NOTADB")) {
      french = "Le fichier de la base de données est abîmé. Prévenez un responsable.";
    } else if (code.startsWith("SQLITE_IOERR")) {
      french = "Erreur d'écriture sur le disque : rien n'a été enregistré." + AGAIN;
    } else {
      french = "Erreur de la base de données : l'enregistrement est impossible.";
    }
    String english = "SQLite failure during " + what + " on " + file
        + (code.isEmpty() ? "" : " (" + code + ")");
    return new StoreException(french, english, e);
  }

  /**
   * Whether the disk under {@code file} has no room left: SQLite reports a full disk as an I/O
   * error when it is the shared-memory or journal file that cannot grow.
   */
  private static boolean diskFull(Path file) {
    try {
      Path folder = file.toAbsolutePath().getParent();
      return folder != null && Files.getFileStore(folder).getUsableSpace() < MIN_FREE_BYTES;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

}
