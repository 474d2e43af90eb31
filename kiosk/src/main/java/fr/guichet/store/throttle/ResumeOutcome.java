package fr.guichet.store.throttle;

import fr.guichet.store.session.Session;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/** What happened when a person tried to resume a session with a code and a birth date. */
public sealed interface ResumeOutcome {
  /** The refusal text: the same for a wrong code, a wrong date, a finished or expired session. */
  String REFUSAL =
      "Nous ne retrouvons pas de dossier avec ce code et cette date de naissance."
          + " Vérifiez-les, ou demandez de l'aide à l'accueil.";

  /** The sentence to show the person. */
  public String message();

  /** Both the code and the birth date matched a session that can still be resumed. */
  public record Resumed(Session session) implements ResumeOutcome {
    public Resumed {
      Objects.requireNonNull(session, "session");
    }

    @Override
    public String message() {
      return "Votre dossier a été retrouvé.";
    }
  }

  /** Refused, never saying which part was wrong. */
  public record Refused(String message) implements ResumeOutcome {
    public Refused {
      Objects.requireNonNull(message, "message");
    }
  }

  /** Too many wrong attempts on this code or from this terminal: nothing is checked until then. */
  public record Throttled(Instant until) implements ResumeOutcome {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH'h'mm");

    public Throttled {
      Objects.requireNonNull(until, "until");
    }

    @Override
    public String message() {
      return "Trop d'essais. Vous pourrez réessayer à "
          + TIME.format(until.atZone(ZoneId.systemDefault()))
          + ", ou demandez de l'aide à l'accueil.";
    }
  }
}
