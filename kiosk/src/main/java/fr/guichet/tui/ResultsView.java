package fr.guichet.tui;

import com.googlecode.lanterna.gui2.Component;
import fr.guichet.engine.Interview;

/**
 * What the end screen shows about the person's situation. Today the answers summary
 * ({@link AnswersSummaryView}); the eligibility results plug in here, computed live from the
 * interview each time the end screen is drawn.
 */
public interface ResultsView {

  /** A component (typically a panel of labels) for a screen {@code columns} wide. */
  Component render(Interview interview, int columns);
}
