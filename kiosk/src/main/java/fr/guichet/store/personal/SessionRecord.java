package fr.guichet.store.personal;

import fr.guichet.store.audit.AuditEntry;
import fr.guichet.store.session.Session;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the store holds about one person's session, opened: what {@code guichet export}
 * hands over for the right of access.
 *
 * @param consentSave the person's choice to save the session to resume it (empty: not asked)
 * @param consentShare the person's choice to share it with the CCAS services (empty: not asked)
 * @param birthDate the second factor asked at the kiosk, if one was recorded
 * @param answers the current answers (latest value per key), in the order first given
 * @param history every answer event ever written, oldest first, values opened
 */
public record SessionRecord(
    Session session,
    Optional<Boolean> consentSave,
    Optional<Boolean> consentShare,
    Optional<LocalDate> birthDate,
    Map<String, String> answers,
    List<fr.guichet.store.session.AnswerEvent> history,
    List<Note> notes,
    List<DocumentStatus> documents,
    Optional<Identity> identity,
    List<fr.guichet.store.session.Visit> visits,
    List<AuditEntry> auditTrail) {

  public SessionRecord {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(consentSave, "consentSave");
    Objects.requireNonNull(consentShare, "consentShare");
    Objects.requireNonNull(birthDate, "birthDate");
    answers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(answers));
    history = List.copyOf(history);
    notes = List.copyOf(notes);
    documents = List.copyOf(documents);
    Objects.requireNonNull(identity, "identity");
    visits = List.copyOf(visits);
    auditTrail = List.copyOf(auditTrail);
  }

  /** A note for the file. */
  public record Note(long seq, NoteKind kind, String author, String terminal, Instant at,
      String text) {}
}
