package fr.guichet.eligibility;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What Guichet concludes about one benefit or local aid for one interview, in the form every
 * face shows and prints: status, an estimated monthly amount or a note on the amount ("décision
 * de la commission"), the reasons in plain French, what is missing when it cannot tell yet, the
 * documents to bring, who handles it, the service to route to (an id of the services data), and
 * the monthly amount the household says it already receives (then it is not to claim again).
 */
public record Conclusion(
    String id,
    String name,
    boolean local,
    EligibilityStatus status,
    Optional<BigDecimal> monthlyAmount,
    String amountNote,
    List<String> reasons,
    List<String> missing,
    List<String> documents,
    String handledBy,
    String serviceId,
    Optional<BigDecimal> received) {

  public Conclusion {
    Objects.requireNonNull(id);
    Objects.requireNonNull(name);
    Objects.requireNonNull(status);
    Objects.requireNonNull(monthlyAmount);
    amountNote = amountNote == null ? "" : amountNote;
    reasons = List.copyOf(reasons);
    missing = List.copyOf(missing);
    documents = List.copyOf(documents);
    handledBy = handledBy == null ? "" : handledBy;
    serviceId = serviceId == null ? "" : serviceId;
    received = received == null ? Optional.empty() : received;
  }

  /** A conclusion about something the household does not already receive. */
  public Conclusion(String id, String name, boolean local, EligibilityStatus status,
      Optional<BigDecimal> monthlyAmount, String amountNote, List<String> reasons,
      List<String> missing, List<String> documents, String handledBy, String serviceId) {
    this(id, name, local, status, monthlyAmount, amountNote, reasons, missing, documents,
        handledBy, serviceId, Optional.empty());
  }

  /** True when the household already receives it: shown as « Déjà perçu », not to claim. */
  public boolean alreadyReceived() {
    return received.isPresent();
  }

  /** Still to claim or to check: not refused and not already received. */
  public boolean toClaim() {
    return status != EligibilityStatus.NOT_ELIGIBLE && !alreadyReceived();
  }

  /** The status as scenario files write it: probable, non, incertain. */
  public String statusWord() {
    return switch (status) {
      case LIKELY_ELIGIBLE -> "probable";
      case NOT_ELIGIBLE -> "non";
      case CANNOT_TELL -> "incertain";
    };
  }
}
