package fr.guichet.store;

/**
 * The store could not do its job because of the environment (missing directory, read-only or
 * full disk, locked database, missing key file, tampered row).
 *
 * <p>{@link #getMessage()} is an English line for the log and never contains personal data;
 * {@link #userMessage()} is the plain French sentence to show on screen.
 */
public class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String userMessage;

  public StoreException(String userMessage, String logMessage) {
    this(userMessage, logMessage, null);
  }

  public StoreException(String userMessage, String logMessage, Throwable cause) {
    super(logMessage, cause);
    this.userMessage = userMessage;
  }

  /** The French message for the person at the screen. */
  public String userMessage() {
    return userMessage;
  }
}
