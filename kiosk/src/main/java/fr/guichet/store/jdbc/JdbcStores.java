package fr.guichet.store.jdbc;

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
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;

/**
 * Every store concern on one {@link Database}, with the same SQL whatever the database is
 * (SQLite file or PostgreSQL server), so both behave the same; a change and its audit entry share
 * one transaction. Subclassed by each technology's opener.
 */
public class JdbcStores implements Stores {
  private final Database db;
  private final String description;
  private final SessionStore sessions;
  private final VisitStore visits;
  private final AccountStore accounts;
  private final AuditStore audit;
  private final KeyStore keys;
  private final PersonalDataStore personal;
  private final ResumeGate resumes;
  private final StatsStore stats;

  /**
   * Loads the data key for {@code db} from {@code keyFile} (creating it on a fresh database) and
   * builds every concern over them.
   */
  protected JdbcStores(Database db, Path keyFile, Clock clock, SecureRandom random,
      StoreSettings settings, String description) {
    Keyring keyring = Keyring.load(keyFile, db, random);
    this.db = db;
    this.description = description;
    this.sessions = new JdbcSessionStore(db, keyring, clock, random, settings);
    this.visits = new JdbcVisitStore(db, keyring, clock);
    this.accounts = new JdbcAccountStore(db, clock);
    this.audit = new JdbcAuditStore(db, clock);
    this.keys = new JdbcKeyStore(db, keyring, random, clock);
    this.personal = new JdbcPersonalData(db, keyring, clock, settings);
    this.resumes = new JdbcResumeGate(db, keyring, clock, settings);
    this.stats = new JdbcStatsStore(db, random);
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
  public PersonalDataStore personal() {
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

  /** The database under the concerns (for {@link StoreCopy}). */
  Database database() {
    return db;
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
