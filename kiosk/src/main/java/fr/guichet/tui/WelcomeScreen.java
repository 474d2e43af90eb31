package fr.guichet.tui;


/** First screen: start a new interview, or resume one with a code. Shows nothing personal. */
final class WelcomeScreen extends MenuScreen {

  WelcomeScreen(GuichetUi ui) {
    super(ui);
    if (ui.access().mayRunInterviews()) {
      menu.add("Commencer un nouvel entretien", () -> ui.flow().newInterview())
          .add("Reprendre un entretien avec un code", () -> ui.flow().showResume());
    } else {
      menu.add("Consulter un dossier avec un code", () -> ui.flow().showResume());
    }
    if (!ui.settings().kiosk() && ui.access().managesAccounts()) {
      menu.add("Créer le compte d'un agent", () -> ui.show(new AgentAccountScreen(ui)));
    }
    if (!ui.settings().kiosk()) {
      menu.add("Se déconnecter", () -> ui.access().logOut());
    }
  }

  @Override
  protected void build() {
    panel.addComponent(Themes.bold(text("Bienvenue")));
    ui.access().agent().ifPresent(agent -> panel.addComponent(
        text("Connecté : " + agent.username() + " (" + agent.role().label() + ")")));
    space();
    panel.addComponent(text(ui.settings().kiosk()
        ? "Cette borne vous aide à savoir à quelles aides vous avez peut-être droit,"
            + " et où vous adresser. Répondez à une question à la fois."
        : "Entretien d'accueil : situation de la personne, aides possibles, où s'adresser."));
    space();
    panel.addComponent(text("Que souhaitez-vous faire ?"));
    panel.addComponent(menu.component());
    space();
    addMessage();
  }

  @Override
  boolean personal() {
    return false;
  }

  @Override
  String keys() {
    return ui.settings().kiosk()
        ? "Tapez 1 ou 2, ou choisissez avec les flèches puis Entrée."
        : "1 à " + menu.size() + ", ou flèches puis Entrée : choisir   F12 : quitter";
  }
}
