package fr.guichet.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The parts of a session beyond its answers (notes, documents received, the person's choices)
 * and the person's rights over all of it: export (access), erase, and purge by retention rule.
 * Every method that changes or reveals something is audited.
 */
public interface PersonalDataStore {

  /** Appends a note (sealed like an answer) and counts as activity on the session. */
  void addNote(UUID sessionId, String text, Actor author);

  List<SessionRecord.Note> notes(UUID sessionId);

  /** Records that a document was received; {@code documentId} must be an identifier. */
  void markDocumentReceived(UUID sessionId, String documentId, Actor actor);

  List<SessionRecord.DocumentReceived> documentsReceived(UUID sessionId);

  /** Records the person's choices (save to resume later, share with the CCAS services). */
  void setConsents(UUID sessionId, boolean saveToResume, boolean shareWithServices, Actor actor);

  /**
   * The person's recorded choices, each empty when not asked yet (or when there is no such
   * session). Reading them is not audited: they are printed on the person's own summary.
   */
  Consents consents(UUID sessionId);

  /** Everything held on the session, opened; audited as {@code EXPORTED}. Empty if unknown. */
  Optional<SessionRecord> export(UUID sessionId, Actor actor);

  /**
   * Removes the session and everything attached to it (answers, notes, documents, second factor,
   * consents, resume attempts on its code), overwriting the freed space, and audits
   * {@code SESSION_ERASED}. The audit entries stay: they hold no personal data.
   */
  Erasure erase(UUID sessionId, Actor actor);

  /**
   * Erases every session whose last activity is before the limit for its status, except those
   * open on a terminal right now; each is audited as {@code SESSION_PURGED}.
   */
  Purge purge(Instant unfinishedInactiveSince, Instant finishedInactiveSince, Actor actor);

  /**
   * What an erasure did.
   *
   * @param found false when there was no such session
   * @param journalCleared false when another process kept the write-ahead log from being emptied
   *     (the erased bytes are then overwritten there at the next checkpoint)
   */
  record Erasure(boolean found, boolean journalCleared) {}

  /** The two choices of {@link #setConsents}, each empty when not recorded. */
  record Consents(Optional<Boolean> saveToResume, Optional<Boolean> shareWithServices) {
    public static final Consents NOT_ASKED = new Consents(Optional.empty(), Optional.empty());

    public Consents {
      java.util.Objects.requireNonNull(saveToResume, "saveToResume");
      java.util.Objects.requireNonNull(shareWithServices, "shareWithServices");
    }
  }

  /** How many sessions a purge erased, by kind. */
  record Purge(int unfinished, int finished, boolean journalCleared) {
    public int total() {
      return unfinished + finished;
    }
  }
}
