package fr.guichet.store;

import java.time.Duration;
import java.util.Objects;

/**
 * Tunable rules of the store.
 *
 * @param leaseStaleAfter a terminal that has not touched an open session for this long loses it
 * @param resumeWindow a session not updated for this long can no longer be resumed at the kiosk
 * @param freeResumeFailures wrong resume attempts allowed before a delay (5)
 * @param firstThrottleDelay the first delay, doubled at each further failure (30 s)
 * @param codeFailuresForgottenAfter a code's failures are forgotten after this quiet period
 * @param terminalFailuresForgottenAfter a terminal's failures are forgotten after this quiet period
 * @param busyTimeout how long to wait for another process's write to finish
 */
public record StoreSettings(
    Duration leaseStaleAfter,
    Duration resumeWindow,
    int freeResumeFailures,
    Duration firstThrottleDelay,
    Duration codeFailuresForgottenAfter,
    Duration terminalFailuresForgottenAfter,
    Duration busyTimeout) {

  public StoreSettings {
    Objects.requireNonNull(leaseStaleAfter, "leaseStaleAfter");
    Objects.requireNonNull(resumeWindow, "resumeWindow");
    Objects.requireNonNull(firstThrottleDelay, "firstThrottleDelay");
    Objects.requireNonNull(codeFailuresForgottenAfter, "codeFailuresForgottenAfter");
    Objects.requireNonNull(terminalFailuresForgottenAfter, "terminalFailuresForgottenAfter");
    Objects.requireNonNull(busyTimeout, "busyTimeout");
    if (freeResumeFailures < 1) {
      throw new IllegalArgumentException("freeResumeFailures must be at least 1");
    }
  }

  /**
   * Defaults: a lease is stale after 5 minutes without a heartbeat; kiosk resume within 6 months
   * of the last change; 5 free failures then 30 s doubling; a code's failures forgotten after
   * 24 h, a terminal's after 1 h (a public kiosk sees many honest typos in a day); wait up to
   * 10 s for another terminal's write.
   */
  public static StoreSettings defaults() {
    return new StoreSettings(Duration.ofMinutes(5), Duration.ofDays(183), 5,
        Duration.ofSeconds(30), Duration.ofHours(24), Duration.ofHours(1),
        Duration.ofSeconds(10));
  }
}
