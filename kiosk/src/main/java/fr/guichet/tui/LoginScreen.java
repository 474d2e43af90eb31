package fr.guichet.tui;

import com.googlecode.lanterna.gui2.TextBox;
import fr.guichet.access.AccountService;

/** Desk: the agent's username and password (never shown), before anything else. */
final class LoginScreen extends FormScreen {
  private final TextBox username = field("Identifiant :", 30, false);
  private final TextBox password = field("Mot de passe :", 30, true);

  LoginScreen(GuichetUi ui) {
    super(ui);
  }

  @Override
  protected String title() {
    return "Connexion de l'agent";
  }

  @Override
  protected void submit() {
    ui.access().logIn(AccountService.normalize(username.getText()), takeSecret(password));
  }

  /** A refusal: the message, the password emptied, the cursor back in it. */
  void refused(String message) {
    showError(message);
    password.setText("");
    password.takeFocus();
  }
}
