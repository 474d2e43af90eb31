package fr.guichet.tui;

import java.time.Duration;
import java.util.Objects;

/**
 * How the terminal interface behaves on this terminal.
 *
 * @param mode desk or kiosk
 * @param idleTimeout kiosk: time without a key before the screen is wiped (90 s by default)
 * @param countdown kiosk: how long before the wipe the countdown shows (15 s; at most half the
 *     idle time)
 * @param operatorPin kiosk: the PIN that F12 asks for to quit; null means the kiosk cannot be left
 * @param highContrast white and yellow on black instead of the default colours
 * @param terminalId this terminal's name, recorded with each answer and used for leases
 * @param deskLock desk: time without a key before the logged-in agent is sent back to the login
 *     screen (answers are already saved)
 */
public record TuiSettings(
    Mode mode,
    Duration idleTimeout,
    Duration countdown,
    String operatorPin,
    boolean highContrast,
    String terminalId,
    Duration deskLock) {

  /** Default idle time before a kiosk wipes its screen. */
  public static final Duration DEFAULT_IDLE = Duration.ofSeconds(90);
  /** Default length of the visible countdown before the wipe. */
  public static final Duration DEFAULT_COUNTDOWN = Duration.ofSeconds(15);
  /** Default idle time before a desk goes back to the login screen. */
  public static final Duration DEFAULT_DESK_LOCK = Duration.ofMinutes(10);

  public TuiSettings {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(idleTimeout, "idleTimeout");
    Objects.requireNonNull(countdown, "countdown");
    Objects.requireNonNull(terminalId, "terminalId");
    Objects.requireNonNull(deskLock, "deskLock");
    if (idleTimeout.isNegative() || idleTimeout.isZero()) {
      throw new IllegalArgumentException("idleTimeout must be positive");
    }
    if (deskLock.isNegative() || deskLock.isZero()) {
      throw new IllegalArgumentException("deskLock must be positive");
    }
    if (countdown.compareTo(idleTimeout.dividedBy(2)) > 0) {
      countdown = idleTimeout.dividedBy(2);  // a key during the countdown only cancels it
    }
    if (operatorPin != null && operatorPin.isBlank()) {
      operatorPin = null;
    }
  }

  public boolean kiosk() {
    return mode == Mode.KIOSK;
  }
}
