package fr.guichet.tui;

import com.googlecode.lanterna.gui2.TextBox;
import fr.guichet.access.AccountService;

/** Desk, first start (no account yet): creates the first responsable account. */
final class SetupScreen extends FormScreen {
  private final TextBox username = field("Identifiant (par exemple m.durand) :", 30, false);
  private final TextBox password = field("Mot de passe (au moins " + AccountService.MIN_PASSWORD_LENGTH
      + " caractères, sans l'identifiant) :", 30, true);
  private final TextBox again = field("Mot de passe, une deuxième fois :", 30, true);

  SetupScreen(GuichetUi ui) {
    super(ui);
  }

  @Override
  protected String title() {
    return "Premier démarrage : compte du responsable";
  }

  @Override
  protected String intro() {
    return "Aucun compte n'existe encore sur ce Guichet. Créez le compte du"
        + " responsable ; il créera ensuite les comptes des agents avec « guichet accounts"
        + " create ». (Ce compte peut aussi être créé avec cette commande.)";
  }

  @Override
  protected void submit() {
    char[] first = takeSecret(password);
    char[] second = takeSecret(again);
    password.takeFocus();
    ui.access().setUp(username.getText(), first, second);
  }
}
