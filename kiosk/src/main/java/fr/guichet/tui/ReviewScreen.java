package fr.guichet.tui;

import fr.guichet.print.InertText;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.ActionListBox;
import com.googlecode.lanterna.gui2.Interactable;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import fr.guichet.engine.Review;

/**
 * Every answer given, then the questions still without one; Enter on a line shows that question
 * to change its answer, then comes back here. The last line leads to the end screen.
 */
final class ReviewScreen extends Screen {
  private ActionListBox list;

  ReviewScreen(GuichetUi ui) {
    super(ui);
  }

  @Override
  protected void build() {
    Review review = ui.flow().interview().review();
    panel.addComponent(Themes.bold(text(t("review.title"))));
    panel.addComponent(text(intro(review)));
    int width = ui.columns();
    list = new ActionListBox(new TerminalSize(width, Math.max(3, ui.rows() - 6)));
    for (Review.Line line : review.answered()) {
      list.addItem(line(line.label(), ui.flow().shown(line.key(), line.answer()), width),
          guard(line.key()));
    }
    for (Review.Line line : review.missing()) {
      list.addItem(line(line.label(), t("review.unanswered"), width), guard(line.key()));
    }
    list.addItem(t("review.to_results"),
        () -> ui.guarded("end screen", () -> ui.flow().end()));
    panel.addComponent(list);
    addMessage();
  }

  private boolean readOnly() {
    return ui.flow().open().map(s -> s.readOnly()).orElse(false);
  }

  private String intro(Review review) {
    String missing = t("review.missing", review.missing().size());
    if (readOnly()) {
      return "Consultation seule : votre rôle permet de lire ces réponses, pas de les modifier."
          + (review.complete() ? "" : " " + missing);
    }
    return review.complete() ? t("review.check") : missing;
  }

  private Runnable guard(String key) {
    return () -> ui.guarded("edit answer", () -> ui.flow().edit(key));
  }

  /** "Question : answer", the question cut so that the answer stays visible. */
  static String line(String label, String answer, int width) {
    String a = InertText.of(answer);
    String q = InertText.of(label);
    int room = Math.max(10, width - a.length() - 4);
    String l = q.length() > room ? q.substring(0, room - 1) + "…" : q;
    return l + " : " + a;
  }

  @Override
  Interactable focus() {
    return list;
  }

  @Override
  boolean onKey(KeyStroke key) {
    switch (key.getKeyType()) {
      case Escape, F2 -> ui.flow().back();
      case F10 -> {
        if (readOnly()) {
          return false;
        }
        ui.flow().saveForLater();
      }
      default -> {
        return false;
      }
    }
    return true;
  }

  @Override
  String keys() {
    String quit = ui.settings().kiosk() ? "" : "   " + t("keys.quit");
    if (readOnly()) {
      return "Flèches : parcourir les réponses   Échap : retour" + quit;
    }
    return t("review.keys") + "   " + t("keys.save") + quit;
  }
}
