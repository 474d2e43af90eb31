package fr.guichet.session;

import java.util.Locale;
import java.util.Optional;

/** How a follow-up ended, asked when it is closed and kept for the statistics. */
public enum ClosingOutcome {
  DROITS_OUVERTS("droits ouverts ou demande déposée"),
  ORIENTE("orienté vers un partenaire"),
  SANS_SUITE("sans suite (la personne n'est pas revenue)"),
  NON_ELIGIBLE("aucun droit trouvé"),
  AUTRE("autre");

  private final String label;

  ClosingOutcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The stored identifier: {@code droits_ouverts}… */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ClosingOutcome> parse(String typed) {
    String folded = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (ClosingOutcome o : values()) {
      if (o.name().equals(folded)) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }
}
