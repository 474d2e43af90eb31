package fr.guichet.tui;

import fr.guichet.engine.Interview;
import fr.guichet.store.Actor;
import fr.guichet.store.ResumeCode;

/**
 * The "Imprimer le résumé" action of the end screen. The printout issue provides the real one
 * (summary, PDF, printer); {@link #NOT_AVAILABLE} says so on screen until then.
 */
public interface PrintAction {

  /** Used until printing is wired: nothing is printed. */
  PrintAction NOT_AVAILABLE =
      (interview, code, actor) -> "L'impression n'est pas encore disponible sur ce poste.";

  /**
   * Prints the summary of {@code interview} (with {@code code}, null when nothing was saved yet)
   * on behalf of {@code actor} (audited) and returns the French sentence to show (printed, or why
   * not).
   */
  String print(Interview interview, ResumeCode code, Actor actor);
}
