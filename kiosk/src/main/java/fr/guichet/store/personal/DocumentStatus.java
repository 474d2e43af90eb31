package fr.guichet.store.personal;

import java.time.Instant;

/**
 * A document's state for one session: received (when, by whom) or not needed; a document with no
 * recorded state is still to bring.
 */
public record DocumentStatus(String documentId, State state, Instant at, String by) {

  /** What was recorded about a document. */
  public enum State {
    RECU,
    SANS_OBJET
  }
}
