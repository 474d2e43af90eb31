package fr.guichet.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.Interactable;
import com.googlecode.lanterna.gui2.TextBox;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import fr.guichet.access.AccountService;
import fr.guichet.access.Role;

/** Desk, for a responsable: creates an agent's account (the same as « guichet accounts create »). */
final class AgentAccountScreen extends Screen {
  private final TextBox username = new TextBox(new TerminalSize(30, 1));
  private final TextBox role = new TextBox(new TerminalSize(4, 1));
  private final TextBox password = new TextBox(new TerminalSize(30, 1));
  private final TextBox again = new TextBox(new TerminalSize(30, 1));

  AgentAccountScreen(GuichetUi ui) {
    super(ui);
    password.setMask('*');
    again.setMask('*');
  }

  @Override
  protected void build() {
    panel.addComponent(Themes.bold(text("Créer le compte d'un agent")));
    space();
    panel.addComponent(text("Identifiant (par exemple m.durand) :"));
    panel.addComponent(username);
    StringBuilder roles = new StringBuilder("Rôle :");
    for (Role each : Role.values()) roles.append("  ").append(each.ordinal() + 1).append(". ").append(each.label());
    panel.addComponent(text(roles.toString()));
    panel.addComponent(role);
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
    if (key.getKeyType() == KeyType.Escape) {
      ui.show(new WelcomeScreen(ui));
      return true;
    }
    if (key.getKeyType() != KeyType.Enter) return false;
    if (username.isFocused()) {
      role.takeFocus();
    } else if (role.isFocused()) {
      password.takeFocus();
    } else if (password.isFocused()) {
      again.takeFocus();
    } else {
      char[] first = password.getText().toCharArray();
      char[] second = again.getText().toCharArray();
      password.setText("");
      again.setText("");
      password.takeFocus();
      ui.access().createAgent(username.getText(), role.getText(), first, second);
    }
    return true;
  }

  @Override
  String keys() {
    return "Entrée : valider   Tab : passer d'un champ à l'autre   Échap : retour";
  }
}
