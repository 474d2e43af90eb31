package fr.guichet.session;

import fr.guichet.store.personal.DocumentStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One document the results ask for: its stable id, label, the results that need it, and what was
 * recorded about it (empty: still to bring).
 */
public record DocumentLine(String id, String label, List<String> neededFor,
    Optional<DocumentStatus> recorded) {

  public DocumentLine {
    neededFor = List.copyOf(neededFor);
  }

  /** {@code a_fournir}, {@code recu} or {@code sans_objet}. */
  public String statusWord() {
    return recorded.map(r -> r.state() == DocumentStatus.State.RECU ? "recu" : "sans_objet")
        .orElse("a_fournir");
  }

  /** What the desk shows: « à fournir », « reçu le 04/12/2026 », « sans objet ». */
  public String statusLabel(java.time.ZoneId zone) {
    return recorded.map(r -> r.state() == DocumentStatus.State.RECU
        ? "reçu le " + java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")
            .format(r.at().atZone(zone))
        : "sans objet").orElse("à fournir");
  }

  public boolean missing() {
    return recorded.isEmpty();
  }

  public Optional<Instant> receivedAt() {
    return recorded.filter(r -> r.state() == DocumentStatus.State.RECU).map(DocumentStatus::at);
  }
}
