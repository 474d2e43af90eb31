package fr.guichet.tui;

import fr.guichet.print.InertText;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.ActionListBox;
import com.googlecode.lanterna.input.KeyStroke;
import java.util.ArrayList;
import java.util.List;

/**
 * A numbered list of actions: arrows and Enter, or the item's digit. Every action runs through
 * {@link GuichetUi#guarded}.
 */
final class Menu {
  private final GuichetUi ui;
  private final ActionListBox list;
  private final List<Runnable> actions = new ArrayList<>();

  Menu(GuichetUi ui, TerminalSize size) {
    this.ui = ui;
    this.list = size == null ? new ActionListBox() : new ActionListBox(size);
  }

  /** Adds "n. label"; numbers are shown only for the first nine items. */
  Menu add(String label, Runnable action) {
    int n = actions.size() + 1;
    Runnable safe = () -> ui.guarded("menu item " + n, action);
    actions.add(safe);
    list.addItem((n <= 9 ? n + ". " : "   ") + InertText.of(label), safe);
    return this;
  }

  /** "Réponse 1 : … Réponse 2 : …", to be read aloud. */
  String spoken(fr.guichet.i18n.AppTexts texts) {
    StringBuilder said = new StringBuilder();
    for (int i = 0; i < list.getItemCount(); i++) {
      String item = list.getItemAt(i).toString().replaceFirst("^\\s*\\d+\\.\\s*", "");
      said.append(texts.get("listen.choice", i + 1, item)).append("\n");
    }
    return said.toString();
  }

  ActionListBox component() {
    return list;
  }

  int size() {
    return actions.size();
  }

  void select(int index) {
    if (index >= 0 && index < actions.size()) {
      list.setSelectedIndex(index);
    }
  }

  /** Runs the item whose digit was typed; true if the key was a digit of this menu. */
  boolean digit(KeyStroke key) {
    if (!Screen.isDigit(key)) {
      return false;
    }
    int index = key.getCharacter() - '1';
    if (index >= actions.size()) {
      return false;
    }
    list.setSelectedIndex(index);
    actions.get(index).run();
    return true;
  }
}
