package fr.guichet.store.jdbc;

import fr.guichet.store.Actor;
import fr.guichet.store.key.KeyStore;
import java.security.SecureRandom;
import java.time.Clock;

/** Key rotation on the store's database; see {@link KeyRotation} and {@code STORE.md}. */
final class JdbcKeyStore implements KeyStore {
  private final Database db;
  private final Keyring keyring;
  private final SecureRandom random;
  private final Clock clock;

  JdbcKeyStore(Database db, Keyring keyring, SecureRandom random, Clock clock) {
    this.db = db;
    this.keyring = keyring;
    this.random = random;
    this.clock = clock;
  }

  @Override
  public void rotate(Actor actor) {
    new KeyRotation(db, keyring, random).rotate(actor, clock.instant());
  }
}
