package fr.guichet.tui;

/**
 * Something the interface needs could not be set up (no interview script installed, a script with
 * errors). {@link #getMessage()} is English for the log; {@link #userMessage()} is shown on screen.
 */
public final class SetupException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String userMessage;

  public SetupException(String userMessage, String logMessage, Throwable cause) {
    super(logMessage, cause);
    this.userMessage = userMessage;
  }

  /** The French sentence for the screen. */
  public String userMessage() {
    return userMessage;
  }
}
