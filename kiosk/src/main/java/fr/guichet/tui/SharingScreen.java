package fr.guichet.tui;

import fr.guichet.session.PrivacyChoices;


/** Kiosk, second privacy choice: may the CCAS services see the answers? Then the interview. */
final class SharingScreen extends MenuScreen {

  SharingScreen(GuichetUi ui, boolean keepForLater) {
    super(ui);
    menu.add("Oui, les agents du CCAS peuvent voir mes réponses",
            () -> ui.flow().begin(new PrivacyChoices(keepForLater, true)))
        .add("Non, elles restent pour moi",
            () -> ui.flow().begin(new PrivacyChoices(keepForLater, false)));
  }

  @Override
  protected void build() {
    panel.addComponent(Themes.bold(text("Avant de commencer : partager avec le CCAS ?")));
    space();
    panel.addComponent(text("Si vous acceptez, les agents du CCAS pourront voir vos réponses pour"
        + " préparer votre rendez-vous et vous aider dans vos démarches."));
    panel.addComponent(text("Vous pouvez refuser : la borne fonctionne de la même façon."));
    space();
    panel.addComponent(menu.component());
    addMessage();
  }

  @Override
  boolean back() {
    ui.show(new PrivacyScreen(ui));
    return true;
  }

  @Override
  String keys() {
    return "1 ou 2, ou flèches puis Entrée : choisir   Échap : retour";
  }
}
