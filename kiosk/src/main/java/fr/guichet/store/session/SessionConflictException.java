package fr.guichet.store.session;

import fr.guichet.store.StoreException;
import java.util.UUID;

/** An answer was refused because this terminal does not hold the session's open-lease. */
public final class SessionConflictException extends StoreException {
  private static final long serialVersionUID = 1L;

  public SessionConflictException(UUID sessionId, String terminalId) {
    super(
        "Cette session est maintenant ouverte sur un autre poste : la dernière réponse n'a pas été"
            + " enregistrée. Rouvrez la session pour continuer.",
        "Session " + sessionId + " is not held by terminal " + terminalId + "; answer refused");
  }
}
