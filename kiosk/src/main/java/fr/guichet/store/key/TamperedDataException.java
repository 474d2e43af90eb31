package fr.guichet.store.key;

import fr.guichet.store.StoreException;
import java.util.UUID;

/** A sealed value failed its integrity check: altered, moved to another row, or truncated. */
public final class TamperedDataException extends StoreException {
  private static final long serialVersionUID = 1L;

  public TamperedDataException(UUID sessionId, String field, Throwable cause) {
    super(
        "Une donnée du dossier " + sessionId + " (champ " + field + ") a été modifiée en dehors de"
            + " Guichet et ne peut pas être lue. Prévenez un responsable.",
        "Integrity check failed (GCM tag) for session " + sessionId + ", field " + field, cause);
  }
}
