package fr.guichet.session;

/** What came of asking to open a saved session: opened, or refused with a French message. */
public sealed interface Opening {

  /** Opened; {@code notice} is a French sentence to show once (answers set aside), or empty. */
  record Opened(InterviewSession session, String notice) implements Opening {}

  record Refused(String message) implements Opening {}
}
