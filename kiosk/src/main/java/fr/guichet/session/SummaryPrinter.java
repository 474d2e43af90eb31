package fr.guichet.session;

import fr.guichet.engine.Interview;
import fr.guichet.store.Actor;
import fr.guichet.store.session.ResumeCode;

/**
 * Prints a session's summary (the application wires the real one: summary, PDF, CUPS) and says
 * in French what happened.
 */
@FunctionalInterface
public interface SummaryPrinter {
  SummaryPrinter NOT_AVAILABLE =
      (interview, code, actor) -> "L'impression n'est pas disponible sur ce poste.";

  /** {@code code} is null when nothing was saved yet; the print is audited for {@code actor}. */
  String print(Interview interview, ResumeCode code, Actor actor);

  /** The same for a person whose language is {@code language}: the paper in it and in French. */
  default String print(Interview interview, ResumeCode code, Actor actor, String language) {
    return print(interview, code, actor);
  }
}
