package fr.guichet.store;

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
    List<AnswerEvent> history,
    List<Note> notes,
    List<DocumentReceived> documents,
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
    auditTrail = List.copyOf(auditTrail);
  }

  /** One answer event; {@code value} is empty for an event that cleared the answer. */
  public record AnswerEvent(long seq, String key, Optional<String> value, String actor,
      String terminal, Instant at) {}

  /** A social worker's note. */
  public record Note(long seq, String author, String terminal, Instant at, String text) {}

  /** A document the person brought to the desk ({@code documentId} comes from the script). */
  public record DocumentReceived(String documentId, Instant receivedAt, String receivedBy) {}
}
