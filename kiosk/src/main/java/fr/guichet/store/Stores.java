package fr.guichet.store;

import fr.guichet.store.account.AccountStore;
import fr.guichet.store.audit.AuditStore;
import fr.guichet.store.key.KeyStore;
import fr.guichet.store.personal.PersonalDataStore;
import fr.guichet.store.session.SessionStore;
import fr.guichet.store.session.VisitStore;
import fr.guichet.store.stats.StatsStore;
import fr.guichet.store.throttle.ResumeGate;

/**
 * One opened store, seen by concern. Every implementation (SQLite file, PostgreSQL server) gives
 * all of them over the same database, so that a change and its audit entry commit together.
 */
public interface Stores extends AutoCloseable {

  SessionStore sessions();

  VisitStore visits();

  AccountStore accounts();

  AuditStore audit();

  KeyStore keys();

  PersonalDataStore personal();

  ResumeGate resumes();

  /** The anonymous statistics (no personal data; they outlive erasure and purge). */
  StatsStore stats();

  /** Where the data is, for messages and {@code config check} (never holds a password). */
  String describe();

  @Override
  void close();
}
