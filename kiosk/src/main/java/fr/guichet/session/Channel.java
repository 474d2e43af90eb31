package fr.guichet.session;

/** Where a session is worked on: an agent's desk, a self-service kiosk, or a command (replay). */
public enum Channel {
  DESK,
  KIOSK,
  COMMAND
}
