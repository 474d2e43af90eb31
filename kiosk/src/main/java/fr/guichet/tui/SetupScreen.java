package fr.guichet.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.Interactable;
import com.googlecode.lanterna.gui2.TextBox;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import fr.guichet.access.AccountService;

/** Desk, first start (no account yet): creates the first responsable account. */
final class SetupScreen extends Screen {
  private final TextBox username = new TextBox(new TerminalSize(30, 1));
  private final TextBox password = new TextBox(new TerminalSize(30, 1));
  private final TextBox again = new TextBox(new TerminalSize(30, 1));

  SetupScreen(GuichetUi ui) {
    super(ui);
    password.setMask('*');
    again.setMask('*');
  }

  @Override
  protected void build() {
    panel.addComponent(Themes.bold(text("Premier démarrage : compte du responsable")));
    panel.addComponent(text("Aucun compte n'existe encore sur ce Guichet. Créez le compte du"
        + " responsable ; il créera ensuite les comptes des agents avec « guichet accounts"
        + " create ». (Ce compte peut aussi être créé avec cette commande.)"));
    space();
    panel.addComponent(text("Identifiant (par exemple m.durand) :"));
    panel.addComponent(username);
    panel.addComponent(text("Mot de passe (au moins " + AccountService.MIN_PASSWORD_LENGTH
        + " caractères, sans l'identifiant) :"));
    panel.addComponent(password);
    panel.addComponent(text("Mot de passe, une deuxième fois :"));
    panel.addComponent(again);
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
    } else if (password.isFocused()) {
      again.takeFocus();
    } else {
      char[] first = password.getText().toCharArray();
      char[] second = again.getText().toCharArray();
      password.setText("");
      again.setText("");
      password.takeFocus();
      ui.access().setUp(username.getText(), first, second);
    }
    return true;
  }

  @Override
  String keys() {
    return "Entrée : valider   Tab : passer d'un champ à l'autre   F12 : quitter";
  }
}
