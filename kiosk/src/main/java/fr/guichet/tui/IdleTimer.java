package fr.guichet.tui;

import java.time.Clock;
import java.time.Duration;

/** Time since the last key, on the injected clock, for the kiosk's countdown and wipe. */
final class IdleTimer {
  private final Clock clock;
  private final long timeoutMillis;
  private long lastKey;

  IdleTimer(Clock clock, Duration timeout) {
    this.clock = clock;
    this.timeoutMillis = timeout.toMillis();
    this.lastKey = clock.millis();
  }

  void touch() {
    lastKey = clock.millis();
  }

  /** Milliseconds left before the wipe (zero or less: now). */
  long remainingMillis() {
    return timeoutMillis - (clock.millis() - lastKey);
  }

  /** Whole seconds left, rounded up, for the countdown. */
  long remainingSeconds() {
    return Math.max(0, (remainingMillis() + 999) / 1000);
  }
}
