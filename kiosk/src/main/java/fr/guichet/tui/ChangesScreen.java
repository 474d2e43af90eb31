package fr.guichet.tui;

import fr.guichet.print.InertText;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.Interactable;
import com.googlecode.lanterna.gui2.TextBox;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import fr.guichet.session.Changes;
import fr.guichet.session.InterviewSession;
import java.time.format.DateTimeFormatter;

/** What changed since the previous visit: answers (old → new, who, when) and results. */
final class ChangesScreen extends Screen {
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  private final InterviewSession session;
  private final Screen back;
  private TextBox box;

  ChangesScreen(GuichetUi ui, InterviewSession session, Screen back) {
    super(ui);
    this.session = session;
    this.back = back;
  }

  @Override
  protected void build() {
    Changes changes = ui.flow().service().followUp().changes(ui.flow().session(),
        ui.access().who());
    panel.addComponent(Themes.bold(text("Ce qui a changé depuis la visite précédente")));
    box = new TextBox(new TerminalSize(ui.columns(), Math.max(3, ui.rows() - 5)),
        InertText.of(render(changes)), TextBox.Style.MULTI_LINE);
    box.setReadOnly(true);
    panel.addComponent(box);
    addMessage();
  }

  String render(Changes changes) {
    if (changes.visit() <= 1) {
      return "C'est la première visite : il n'y a rien à comparer.";
    }
    StringBuilder out = new StringBuilder();
    out.append("Réponses :\n");
    if (changes.answers().isEmpty()) {
      out.append("  aucune réponse n'a changé.\n");
    }
    for (Changes.AnswerChange a : changes.answers()) {
      out.append("  ").append(a.question()).append(" : ")
          .append(a.before().isEmpty() ? "(pas de réponse)" : a.before()).append(" → ")
          .append(a.after().isEmpty() ? "(effacée)" : a.after()).append("\n    par ")
          .append(a.by()).append(" le ")
          .append(WHEN.format(a.at().atZone(ui.services().clock().getZone()))).append("\n");
    }
    out.append("\nRésultats :\n");
    if (changes.results().isEmpty()) {
      out.append("  aucun résultat n'a changé.\n");
    }
    for (Changes.ResultChange r : changes.results()) {
      out.append("  ").append(r.name()).append(" : ")
          .append(r.before().isEmpty() ? "(pas calculé)" : r.before()).append(" → ")
          .append(r.after()).append("\n");
    }
    return out.toString();
  }

  @Override
  Interactable focus() {
    return box;
  }

  @Override
  boolean onKey(KeyStroke key) {
    if (key.getKeyType() == KeyType.Escape) {
      ui.show(back);
      return true;
    }
    return false;
  }

  @Override
  String keys() {
    return "Flèches : faire défiler   Échap : retour";
  }
}
