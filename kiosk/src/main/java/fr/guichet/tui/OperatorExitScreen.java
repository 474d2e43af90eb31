package fr.guichet.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.Interactable;
import com.googlecode.lanterna.gui2.TextBox;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Kiosk, F12: the operator's PIN to quit. Three wrong PINs go back to the welcome screen. */
final class OperatorExitScreen extends Screen {
  private static final int MAX_TRIES = 3;

  private final Screen previous;
  private final TextBox pin = new TextBox(new TerminalSize(12, 1));
  private int tries;

  OperatorExitScreen(GuichetUi ui, Screen previous) {
    super(ui);
    this.previous = previous;
    pin.setMask('*');
  }

  @Override
  protected void build() {
    panel.addComponent(Themes.bold(text("Sortie de la borne (réservé au personnel)")));
    space();
    panel.addComponent(text("Code opérateur :"));
    panel.addComponent(pin);
    space();
    addMessage();
  }

  @Override
  Interactable focus() {
    return pin;
  }

  @Override
  boolean onKey(KeyStroke key) {
    if (key.getKeyType() == KeyType.Escape) {
      ui.show(previous);
      return true;
    }
    if (key.getKeyType() != KeyType.Enter) {
      return false;
    }
    if (matches(pin.getText(), ui.settings().operatorPin())) {
      ui.quit();
    } else if (++tries >= MAX_TRIES) {
      ui.flow().leave();
    } else {
      pin.setText("");
      showError("Code incorrect.");
    }
    return true;
  }

  static boolean matches(String typed, String expected) {
    return expected != null && MessageDigest.isEqual(typed.getBytes(StandardCharsets.UTF_8),
        expected.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  String keys() {
    return "Entrée : valider   Échap : annuler";
  }
}
