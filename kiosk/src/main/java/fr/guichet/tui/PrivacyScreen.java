package fr.guichet.tui;


/**
 * Kiosk: what is kept, for how long, who sees it, before any personal question; and the choice
 * to keep the answers to resume later, or not.
 */
final class PrivacyScreen extends MenuScreen {

  PrivacyScreen(GuichetUi ui) {
    super(ui);
    menu.add("Oui, enregistrer mes réponses pour reprendre plus tard",
            () -> ui.show(new SharingScreen(ui, true)))
        .add("Non, seulement pour aujourd'hui", () -> ui.show(new SharingScreen(ui, false)));
  }

  @Override
  protected void build() {
    panel.addComponent(Themes.bold(text("Avant de commencer : vos données")));
    space();
    panel.addComponent(text("Ce qui est gardé : vos réponses, chiffrées, sur l'ordinateur du"
        + " CCAS. Votre nom n'est pas demandé pour reprendre : seulement un code et votre date"
        + " de naissance."));
    panel.addComponent(text("Combien de temps : 6 mois au plus sans nouvelle réponse, puis le"
        + " dossier ne peut plus être repris à la borne et il est effacé."));
    panel.addComponent(text("Qui le voit : vous, avec votre code ; les agents du CCAS si vous"
        + " l'acceptez (question suivante). Personne d'autre."));
    panel.addComponent(text("Si vous ne touchez à rien pendant " + idleSeconds()
        + " secondes, l'écran s'efface."));
    space();
    panel.addComponent(text("Voulez-vous garder vos réponses pour reprendre plus tard ?"));
    panel.addComponent(menu.component());
    addMessage();
  }

  private long idleSeconds() {
    return ui.settings().idleTimeout().toSeconds();
  }

  @Override
  boolean back() {
    ui.flow().leave();
    return true;
  }

  @Override
  String keys() {
    return "1 ou 2, ou flèches puis Entrée : choisir   Échap : retour à l'accueil";
  }
}
