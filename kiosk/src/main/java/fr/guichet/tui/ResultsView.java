package fr.guichet.tui;

import com.googlecode.lanterna.gui2.Component;
import fr.guichet.engine.Interview;

/**
 * What the end screen shows about the person's situation. Today the answers summary
 * ({@link AnswersSummaryView}); the eligibility results plug in here, computed live from the
 * interview each time the end screen is drawn.
 */
public interface ResultsView {

  /**
   * A component (labels, or a scrolling box) at most {@code columns} wide and, as far as
   * possible, {@code rows} high.
   */
  Component render(Interview interview, int columns, int rows);
}
