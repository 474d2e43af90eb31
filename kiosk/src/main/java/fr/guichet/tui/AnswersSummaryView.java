package fr.guichet.tui;

import fr.guichet.print.InertText;
import com.googlecode.lanterna.gui2.Direction;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.LinearLayout;
import com.googlecode.lanterna.gui2.Panel;
import fr.guichet.engine.Interview;
import fr.guichet.engine.Review;

/**
 * The end screen until eligibility results are wired: how many answers were given, what is still
 * missing, and where the results will appear.
 */
public final class AnswersSummaryView implements ResultsView {

  @Override
  public Panel render(Interview interview, int columns, int rows) {
    Review review = interview.review();
    Panel panel = new Panel(new LinearLayout(Direction.VERTICAL));
    panel.addComponent(wrap(review.answered().size() + " réponse(s) données.", columns));
    if (review.complete()) {
      panel.addComponent(wrap("Toutes les questions ont une réponse.", columns));
    } else {
      panel.addComponent(wrap("Questions sans réponse : " + review.missing().size()
          + ". Vous pourrez les compléter plus tard avec votre code.", columns));
    }
    panel.addComponent(wrap("Les aides possibles s'afficheront ici. Un agent du CCAS peut"
        + " vous les expliquer.", columns));
    return panel;
  }

  private static Label wrap(String text, int columns) {
    Label label = new Label("");
    label.setLabelWidth(Math.max(20, columns));
    label.setText(InertText.of(text));
    return label;
  }
}
