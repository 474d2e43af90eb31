package fr.guichet.store.session;

import java.util.Objects;

/** What happened when a terminal asked to open a session for answering. */
public sealed interface OpenOutcome {
  /** This terminal now holds the session's open-lease. */
  public record Opened(Session session) implements OpenOutcome {
    public Opened {
      Objects.requireNonNull(session, "session");
    }
  }

  /** Another terminal holds it and is still alive. */
  public record Busy(String message) implements OpenOutcome {
    /** The French refusal shown to the person at the second terminal. */
    public static final String MESSAGE =
        "Ce dossier est déjà ouvert sur un autre poste. Fermez-le là-bas, ou réessayez dans"
            + " quelques minutes.";

    public Busy {
      Objects.requireNonNull(message, "message");
    }

    /**
     * The refusal naming who holds the session: the terminal, and when known the site and the
     * agent of that terminal's latest visit (identifiers, never the person's data).
     */
    public static Busy heldBy(String terminal, String site, String agent) {
      StringBuilder who = new StringBuilder("poste « ").append(terminal).append(" »");
      if (site != null) {
        who.append(", site ").append(site);
      }
      if (agent != null) {
        who.append(", ").append(agent);
      }
      return new Busy("Ce dossier est déjà ouvert sur un autre poste (" + who + "). Fermez-le"
          + " là-bas, ou réessayez dans quelques minutes.");
    }
  }
}
