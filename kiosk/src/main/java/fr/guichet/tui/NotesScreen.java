package fr.guichet.tui;

import fr.guichet.print.InertText;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.Interactable;
import com.googlecode.lanterna.gui2.TextBox;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import fr.guichet.session.InterviewSession;
import fr.guichet.session.RefusedException;
import fr.guichet.store.personal.NoteKind;
import fr.guichet.store.personal.SessionRecord;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The notes of the file that the agent's role may read, and a box to write one: a social note
 * for a travailleur social, an accueil note for the other roles. F10 saves the note.
 */
final class NotesScreen extends Screen {
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  private final InterviewSession session;
  private final Screen back;
  private TextBox history;
  private TextBox draft;

  NotesScreen(GuichetUi ui, InterviewSession session, Screen back) {
    super(ui);
    this.session = session;
    this.back = back;
  }

  @Override
  protected void build() {
    NoteKind kind = ui.flow().service().followUp().writes(ui.access().who());
    panel.addComponent(Themes.bold(text("Notes du dossier")));
    history = new TextBox(new TerminalSize(ui.columns(), Math.max(3, ui.rows() - 12)), "",
        TextBox.Style.MULTI_LINE);
    history.setReadOnly(true);
    panel.addComponent(history);
    panel.addComponent(text(kind == NoteKind.SOCIAL ? "Nouvelle note de suivi social :"
        : "Nouvelle note d'accueil (visible de tous les agents) :"));
    draft = new TextBox(new TerminalSize(ui.columns(), 3), "", TextBox.Style.MULTI_LINE);
    panel.addComponent(draft);
    refresh();
    addMessage();
  }

  private void refresh() {
    List<SessionRecord.Note> notes =
        ui.flow().service().followUp().notes(ui.flow().session(), ui.access().who());
    StringBuilder out = new StringBuilder();
    if (notes.isEmpty()) {
      out.append("(aucune note)");
    }
    for (SessionRecord.Note n : notes) {
      out.append(WHEN.format(n.at().atZone(ui.services().clock().getZone()))).append(" — ")
          .append(n.author()).append(n.kind() == NoteKind.SOCIAL ? " (suivi social)" : " (accueil)")
          .append("\n").append(n.text()).append("\n\n");
    }
    history.setText(InertText.of(out.toString()));
  }

  private void save() {
    try {
      ui.flow().service().followUp().addNote(ui.flow().session(), draft.getText(),
          ui.access().who());
      draft.setText("");
      refresh();
      showInfo("Note enregistrée.");
    } catch (RefusedException e) {
      showError(e.getMessage());
    }
  }

  @Override
  Interactable focus() {
    return draft;
  }

  @Override
  boolean onKey(KeyStroke key) {
    if (key.getKeyType() == KeyType.Escape) {
      ui.show(back);
      return true;
    }
    if (key.getKeyType() == KeyType.F10) {
      save();
      return true;
    }
    return false;
  }

  @Override
  String keys() {
    return "Écrire la note, puis F10 : enregistrer   Tab : lire les notes   Échap : retour";
  }
}
