package fr.guichet.store.sqlite;

import fr.guichet.store.DataDirectory;
import fr.guichet.store.StoreException;
import fr.guichet.store.StoreSettings;
import fr.guichet.store.jdbc.JdbcStores;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;

/**
 * Every store concern on one SQLite file in the data directory (one connection, so a change and
 * its audit entry share a transaction). Several processes may share the file. The SQL is the
 * shared one of {@link JdbcStores}; this class opens the file and its key.
 */
public final class SqliteStores extends JdbcStores {
  private static final Object OPEN_LOCK = new Object();

  private SqliteStores(SqliteDatabase db, DataDirectory dir, Clock clock, SecureRandom random,
      StoreSettings settings) {
    super(db, dir.keyFile(), clock, random, settings, "SQLite " + dir.databaseFile());
  }

  /**
   * Opens the store in {@code dir}, creating the directory, the database and the key file on
   * first use, and migrating the schema.
   *
   * @throws StoreException if the directory, database or key file cannot be used
   */
  public static SqliteStores open(DataDirectory dir, Clock clock, StoreSettings settings) {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(settings, "settings");
    dir.ensureUsable();
    SecureRandom random = new SecureRandom();
    synchronized (OPEN_LOCK) {
      SqliteDatabase db = SqliteDatabase.open(dir.databaseFile(),
          (int) settings.busyTimeout().toMillis());
      try {
        return new SqliteStores(db, dir, clock, random, settings);
      } catch (RuntimeException e) {
        db.close();
        throw e;
      }
    }
  }

  /** Opens with the system clock and default settings. */
  public static SqliteStores open(DataDirectory dir) {
    return open(dir, Clock.systemUTC(), StoreSettings.defaults());
  }
}
