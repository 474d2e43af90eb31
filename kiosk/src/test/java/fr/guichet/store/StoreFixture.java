package fr.guichet.store;

import fr.guichet.store.Stores;
import fr.guichet.store.sqlite.SqliteStores;
import java.nio.file.Path;
import java.time.Clock;

/** A clock the test moves by hand, and helpers to open stores on a temporary data directory. */
final class StoreFixture {
  static final Actor DESK = new Actor("m.durand", "accueil-1");
  static final Actor KIOSK = Actor.kiosk("borne-1");

  private StoreFixture() {}

  static Stores open(Path dir, Clock clock) {
    return SqliteStores.open(DataDirectory.of(dir), clock, StoreSettings.defaults());
  }

  /** A settable clock. */
  static final class MutableClock extends fr.guichet.testing.HandClock {
    MutableClock(java.time.Instant start) {
      super(start);
    }

    MutableClock() {
      super(java.time.Instant.parse("2026-03-02T09:00:00Z"));
    }
  }
}
