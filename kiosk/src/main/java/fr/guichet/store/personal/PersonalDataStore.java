package fr.guichet.store.personal;

import fr.guichet.store.Actor;
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
  void addNote(UUID sessionId, NoteKind kind, String text, Actor author);

  /** The session's notes of the given kinds, oldest first; audited as {@code NOTES_READ}. */
  List<SessionRecord.Note> notes(UUID sessionId, java.util.Set<NoteKind> kinds, Actor reader);

  /** Records that a document was received or is not needed; {@code documentId} is an identifier. */
  void setDocumentStatus(UUID sessionId, String documentId, DocumentStatus.State state,
      Actor actor);

  /** Forgets a document's state: it is to bring again. */
  void clearDocumentStatus(UUID sessionId, String documentId, Actor actor);

  List<DocumentStatus> documentStatuses(UUID sessionId);

  /**
   * Records the person's identity (replacing an earlier one) and indexes it with the birth date
   * when known; audited as {@code IDENTITY_RECORDED}.
   */
  void setIdentity(UUID sessionId, Identity identity, Actor actor);

  /** The identity, opened; audited as {@code IDENTITY_READ}. */
  java.util.Optional<Identity> identity(UUID sessionId, Actor reader);

  /**
   * The sessions whose recorded name and birth date match (accents, case, hyphens and spaces
   * ignored); audited as {@code SEARCHED} (the name is not in the audit).
   */
  List<fr.guichet.store.session.Session> search(String nom, java.time.LocalDate birthDate,
      Actor actor);

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
