package fr.guichet.tui;

import com.googlecode.lanterna.gui2.Interactable;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

/** A screen that ends in a numbered menu: a digit or Enter chooses, Escape (or F2) goes back. */
abstract class MenuScreen extends Screen {
  protected final Menu menu;

  MenuScreen(GuichetUi ui) {
    super(ui);
    menu = new Menu(ui, null);
  }

  /** Going back from this screen; false where Escape means nothing here. */
  boolean back() {
    return false;
  }

  @Override
  final Interactable focus() {
    return menu.component();
  }

  @Override
  boolean onKey(KeyStroke key) {
    KeyType type = key.getKeyType();
    if ((type == KeyType.Escape || type == KeyType.F2) && back()) {
      return true;
    }
    return menu.digit(key);
  }
}
