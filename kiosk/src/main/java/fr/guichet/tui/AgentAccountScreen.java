package fr.guichet.tui;

import com.googlecode.lanterna.gui2.TextBox;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import fr.guichet.access.AccountService;
import fr.guichet.access.Role;

/** Desk, for a responsable: creates an agent's account (the same as « guichet accounts create »). */
final class AgentAccountScreen extends FormScreen {
  private final TextBox username = field("Identifiant (par exemple m.durand) :", 30, false);
  private final TextBox role = field(roles(), 4, false);
  private final TextBox password = field("Mot de passe (au moins " + AccountService.MIN_PASSWORD_LENGTH
      + " caractères, sans l'identifiant) :", 30, true);
  private final TextBox again = field("Mot de passe, une deuxième fois :", 30, true);

  AgentAccountScreen(GuichetUi ui) {
    super(ui);
  }

  private static String roles() {
    StringBuilder roles = new StringBuilder("Rôle :");
    for (Role each : Role.values()) roles.append("  ").append(each.ordinal() + 1).append(". ").append(each.label());
    return roles.toString();
  }

  @Override
  protected String title() {
    return "Créer le compte d'un agent";
  }

  @Override
  protected void submit() {
    char[] first = takeSecret(password);
    char[] second = takeSecret(again);
    password.takeFocus();
    ui.access().createAgent(username.getText(), role.getText(), first, second);
  }

  @Override
  boolean onKey(KeyStroke key) {
    if (key.getKeyType() == KeyType.Escape) {
      ui.show(new WelcomeScreen(ui));
      return true;
    }
    return super.onKey(key);
  }

  @Override
  String keys() {
    return "Entrée : valider   Tab : passer d'un champ à l'autre   Échap : retour";
  }
}
