package fr.guichet.store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves by hand, and helpers to open stores on a temporary data directory. */
final class StoreFixture {
  static final Actor DESK = new Actor("m.durand", "accueil-1");
  static final Actor KIOSK = Actor.kiosk("borne-1");

  private StoreFixture() {}

  static SqliteSessionStore open(Path dir, Clock clock) {
    return SqliteSessionStore.open(DataDirectory.of(dir), clock, StoreSettings.defaults());
  }

  /** A settable clock. */
  static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant start) {
      this.now = start;
    }

    MutableClock() {
      this(Instant.parse("2026-03-02T09:00:00Z"));
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
