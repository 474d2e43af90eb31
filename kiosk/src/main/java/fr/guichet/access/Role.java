package fr.guichet.access;

import java.util.Locale;
import java.util.Optional;

/**
 * What an agent does at the desk, which decides what they may see and do. Stored by name in the
 * {@code accounts} table, so names must never change.
 */
public enum Role {
  /** Reception: sees that a session exists, its status and next step; not income, health, notes. */
  ACCUEIL("accueil"),
  /** Mediator (PIMMS, France Services): drives interviews, explains benefits. */
  MEDIATEUR("médiateur"),
  /** Social worker: follows the person, adds notes and documents. */
  TRAVAILLEUR_SOCIAL("travailleur social"),
  /** Manager: statistics, configuration, accounts, audit, the persons' rights requests. */
  RESPONSABLE("responsable");

  private final String label;

  Role(String label) {
    this.label = label;
  }

  /** The French name shown on screen. */
  public String label() {
    return label;
  }

  /** True when this role may do {@code permission}. */
  public boolean may(Permission permission) {
    return switch (permission) {
      case FIND_SESSIONS -> true;
      // A responsable does not see income or health (access-policy.yaml), which an interview shows.
      case RUN_INTERVIEWS -> this == MEDIATEUR || this == TRAVAILLEUR_SOCIAL;
      case WRITE_NOTES -> this == TRAVAILLEUR_SOCIAL || this == RESPONSABLE;
      case RECORD_DOCUMENTS -> this == TRAVAILLEUR_SOCIAL || this == MEDIATEUR;
      case SEARCH_BY_NAME -> this != ACCUEIL;
      case STATISTICS, CONFIGURATION, ACCOUNTS, AUDIT, RIGHTS_REQUESTS -> this == RESPONSABLE;
    };
  }

  /** Reads a role typed by a person: case, accents, spaces and dashes do not matter. */
  public static Optional<Role> parse(String text) {
    String folded = java.text.Normalizer.normalize(text.trim(), java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "").replaceAll("[\\s-]+", "_").toUpperCase(Locale.ROOT);
    for (Role r : values()) {
      if (r.name().equals(folded)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
