package fr.guichet.store.audit;

import fr.guichet.store.Actor;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The tamper-evident log of who did what: one hash chain for the whole store, appended to in the
 * same transaction as the change it records. Entries hold identifiers, never personal data.
 */
public interface AuditStore {

  /** Appends an entry; {@code detail} must be an identifier, never personal data. */
  void record(Actor actor, String action, UUID sessionId, String detail);

  /** The first entry whose hash chain is broken, or empty when the log is intact. */
  Optional<AuditEntry> firstBroken();

  /** The entries about one session, oldest first. */
  List<AuditEntry> trail(UUID sessionId);

  /** How many entries the log holds. */
  long count();
}
