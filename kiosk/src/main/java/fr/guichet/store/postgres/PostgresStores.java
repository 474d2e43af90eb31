package fr.guichet.store.postgres;

import fr.guichet.store.StoreException;
import fr.guichet.store.StoreLocation;
import fr.guichet.store.StoreSettings;
import fr.guichet.store.jdbc.JdbcStores;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;

/**
 * Every store concern on one PostgreSQL database shared by the sites of a network (the same SQL
 * as SQLite, from {@link JdbcStores}); values are sealed with the key file before they leave the
 * terminal, so the server never holds personal data in clear.
 */
public final class PostgresStores extends JdbcStores {

  private PostgresStores(PostgresDatabase db, StoreLocation.Postgres location, Clock clock,
      SecureRandom random, StoreSettings settings) {
    super(db, location.keyFile(), clock, random, settings, location.describe());
  }

  /**
   * Connects, migrates the schema, and loads the key (created on a fresh database).
   *
   * @throws StoreException if the server cannot be reached or the key file does not match
   */
  public static PostgresStores open(StoreLocation.Postgres location, Clock clock,
      StoreSettings settings) {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(settings, "settings");
    PostgresDatabase db = PostgresDatabase.open(location, settings.busyTimeout());
    try {
      return new PostgresStores(db, location, clock, new SecureRandom(), settings);
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }
}
