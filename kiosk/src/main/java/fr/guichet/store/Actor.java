package fr.guichet.store;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who does something, and from which terminal: an agent's username or {@link #KIOSK} for a citizen
 * alone at a kiosk. Recorded with each answer and each audit entry.
 */
public record Actor(String user, String terminalId) {
  /** The user name recorded for a citizen at a self-service kiosk. */
  public static final String KIOSK = "borne";

  private static final Pattern SAFE = Pattern.compile("[\\p{L}\\p{N}._@-]{1,64}");

  public Actor {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(terminalId, "terminalId");
    if (!SAFE.matcher(user).matches() || !SAFE.matcher(terminalId).matches()) {
      throw new IllegalArgumentException("user and terminal id must be 1-64 letters, digits, ._@-");
    }
  }

  /** A citizen at the kiosk terminal {@code terminalId}. */
  public static Actor kiosk(String terminalId) {
    return new Actor(KIOSK, terminalId);
  }
}
