package fr.guichet.tui;

import fr.guichet.print.InertText;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.ActionListBox;
import com.googlecode.lanterna.gui2.Interactable;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import fr.guichet.session.DocumentLine;
import fr.guichet.session.InterviewSession;
import fr.guichet.session.RefusedException;
import fr.guichet.store.personal.DocumentStatus;
import java.util.List;

/**
 * The documents the results ask for, each once, with the results that need it and its status;
 * Enter (or its digit) ticks a document as received, and again back to "à fournir"; S marks the
 * selected one "sans objet". Ticks stay across visits.
 */
final class DocumentsScreen extends Screen {
  private final InterviewSession session;
  private final Screen back;
  private ActionListBox list;
  private List<DocumentLine> lines;

  DocumentsScreen(GuichetUi ui, InterviewSession session, Screen back) {
    super(ui);
    this.session = session;
    this.back = back;
  }

  @Override
  protected void build() {
    panel.addComponent(Themes.bold(text("Pièces à apporter")));
    panel.addComponent(text("Entrée : pièce reçue (ou de nouveau à fournir).  S : sans objet."));
    list = new ActionListBox(new TerminalSize(ui.columns(), Math.max(3, ui.rows() - 6)));
    panel.addComponent(list);
    fill();
    addMessage();
  }

  private void fill() {
    int selected = Math.max(0, list.getSelectedIndex());
    list.clearItems();
    lines = ui.flow().service().followUp().documents(ui.flow().session(), session.results());
    if (lines.isEmpty()) {
      list.addItem("(aucune pièce demandée)", () -> { });
    }
    for (int i = 0; i < lines.size(); i++) {
      DocumentLine line = lines.get(i);
      String mark = line.missing() ? "[ ]" : "[x]";
      int number = i;
      list.addItem((i < 9 ? (i + 1) + ". " : "   ") + mark + " " + InertText.of(line.label()) + " — "
          + line.statusLabel(ui.services().clock().getZone()) + " (pour "
          + String.join(", ", line.neededFor()) + ")", () -> toggle(number));
    }
    if (!lines.isEmpty()) {
      list.setSelectedIndex(Math.min(selected, lines.size() - 1));
    }
  }

  private void toggle(int index) {
    DocumentLine line = lines.get(index);
    set(line, line.missing() ? DocumentStatus.State.RECU : null);
  }

  private void set(DocumentLine line, DocumentStatus.State state) {
    try {
      ui.flow().service().followUp().setDocument(ui.flow().session(), line.id(), state,
          ui.access().who());
      fill();
      showInfo(state == null ? "« " + line.label() + " » : à fournir."
          : state == DocumentStatus.State.RECU ? "« " + line.label() + " » : reçue."
          : "« " + line.label() + " » : sans objet.");
    } catch (RefusedException e) {
      showError(e.getMessage());
    }
  }

  @Override
  Interactable focus() {
    return list;
  }

  @Override
  boolean onKey(KeyStroke key) {
    if (key.getKeyType() == KeyType.Escape) {
      ui.show(back);
      return true;
    }
    Character c = key.getCharacter();
    if (c != null && (c == 's' || c == 'S') && !lines.isEmpty()) {
      set(lines.get(list.getSelectedIndex()), DocumentStatus.State.SANS_OBJET);
      return true;
    }
    if (isDigit(key) && c - '1' < lines.size()) {
      list.setSelectedIndex(c - '1');
      toggle(c - '1');
      return true;
    }
    return false;
  }

  @Override
  String keys() {
    return "Chiffre ou Entrée : reçue / à fournir   S : sans objet   Échap : retour";
  }
}
