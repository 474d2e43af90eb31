package fr.guichet.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.Interactable;
import com.googlecode.lanterna.gui2.TextBox;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import fr.guichet.access.AccountService;

/** Desk: the agent's username and password (never shown), before anything else. */
final class LoginScreen extends Screen {
  private final TextBox username = new TextBox(new TerminalSize(30, 1));
  private final TextBox password = new TextBox(new TerminalSize(30, 1));

  LoginScreen(GuichetUi ui) {
    super(ui);
    password.setMask('*');
  }

  @Override
  protected void build() {
    panel.addComponent(Themes.bold(text("Connexion de l'agent")));
    space();
    panel.addComponent(text("Identifiant :"));
    panel.addComponent(username);
    panel.addComponent(text("Mot de passe :"));
    panel.addComponent(password);
    space();
    addMessage();
  }

  @Override
  Interactable focus() {
    return username;
  }

  @Override
  boolean personal() {
    return false;
  }

  @Override
  boolean onKey(KeyStroke key) {
    if (key.getKeyType() != KeyType.Enter) {
      return false;
    }
    if (username.isFocused()) {
      password.takeFocus();
    } else {
      char[] typed = password.getText().toCharArray();
      password.setText("");
      ui.access().logIn(AccountService.normalize(username.getText()), typed);
    }
    return true;
  }

  /** A refusal: the message, the password emptied, the cursor back in it. */
  void refused(String message) {
    showError(message);
    password.setText("");
    password.takeFocus();
  }

  @Override
  String keys() {
    return "Entrée : valider   Tab : passer d'un champ à l'autre   F12 : quitter";
  }
}
