package fr.guichet.store.sqlite;

import fr.guichet.store.DataDirectory;
import fr.guichet.store.StoreException;
import fr.guichet.store.StoreSettings;
import fr.guichet.store.Stores;
import fr.guichet.store.account.AccountStore;
import fr.guichet.store.audit.AuditStore;
import fr.guichet.store.key.KeyStore;
import fr.guichet.store.personal.PersonalDataStore;
import fr.guichet.store.session.SessionStore;
import fr.guichet.store.session.VisitStore;
import fr.guichet.store.stats.StatsStore;
import fr.guichet.store.throttle.ResumeGate;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;

/**
 * Every store concern on one SQLite file in the data directory (one connection, so a change and
 * its audit entry share a transaction). Several processes may share the file.
 */
public final class SqliteStores implements Stores {
  private static final Object OPEN_LOCK = new Object();

  private final SqliteDatabase db;
  private final String description;
  private final SessionStore sessions;
  private final VisitStore visits;
  private final AccountStore accounts;
  private final AuditStore audit;
  private final KeyStore keys;
  private final SqlitePersonalData personal;
  private final ResumeGate resumes;
  private final StatsStore stats;

  private SqliteStores(SqliteDatabase db, Keyring keyring, Clock clock, SecureRandom random,
      StoreSettings settings, String description) {
    this.db = db;
    this.description = description;
    this.sessions = new SqliteSessionStore(db, keyring, clock, random, settings);
    this.visits = new SqliteVisitStore(db, keyring, clock);
    this.accounts = new SqliteAccountStore(db, clock);
    this.audit = new SqliteAuditStore(db, clock);
    this.keys = new SqliteKeyStore(db, keyring, random, clock);
    this.personal = new SqlitePersonalData(db, keyring, clock, settings);
    this.resumes = new SqliteResumeGate(db, keyring, clock, settings);
    this.stats = new SqliteStatsStore(db, random);
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
        Keyring keyring = Keyring.load(dir, db, random);
        return new SqliteStores(db, keyring, clock, random, settings,
            "SQLite " + dir.databaseFile());
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

  @Override
  public SessionStore sessions() {
    return sessions;
  }

  @Override
  public VisitStore visits() {
    return visits;
  }

  @Override
  public AccountStore accounts() {
    return accounts;
  }

  @Override
  public AuditStore audit() {
    return audit;
  }

  @Override
  public KeyStore keys() {
    return keys;
  }

  @Override
  public SqlitePersonalData personal() {
    return personal;
  }

  @Override
  public ResumeGate resumes() {
    return resumes;
  }

  @Override
  public StatsStore stats() {
    return stats;
  }

  @Override
  public String describe() {
    return description;
  }

  @Override
  public void close() {
    db.close();
  }
}
