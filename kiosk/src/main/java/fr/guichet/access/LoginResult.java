package fr.guichet.access;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** What came of a login attempt. */
public sealed interface LoginResult {

  /** The French sentence to show, or empty for a success. */
  String message();

  /** Username and password matched an enabled account. */
  record LoggedIn(Agent agent) implements LoginResult {
    @Override
    public String message() {
      return "";
    }
  }

  /**
   * Refused: unknown username or wrong password (the same message, no hint which), or a disabled
   * account (said only to someone who typed its right password).
   */
  record Refused(String message) implements LoginResult {
    public static final String WRONG = "Identifiant ou mot de passe incorrect.";
    public static final String DISABLED =
        "Ce compte est désactivé. Adressez-vous à un responsable.";
  }

  /** Too many wrong passwords: nothing is checked before {@code until}. */
  record Locked(Instant until) implements LoginResult {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Override
    public String message() {
      return "Trop d'essais de mot de passe. Réessayez après "
          + TIME.format(until.atZone(ZoneId.systemDefault())) + ".";
    }
  }
}
