package fr.guichet.tui;

import fr.guichet.session.PrivacyChoices;

import com.googlecode.lanterna.gui2.Interactable;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

/** Kiosk, second privacy choice: may the CCAS services see the answers? Then the interview. */
final class SharingScreen extends Screen {
  private final Menu menu;

  SharingScreen(GuichetUi ui, boolean keepForLater) {
    super(ui);
    menu = new Menu(ui, null)
        .add("Oui, les agents du CCAS peuvent voir mes réponses",
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
  Interactable focus() {
    return menu.component();
  }

  @Override
  boolean onKey(KeyStroke key) {
    if (key.getKeyType() == KeyType.Escape || key.getKeyType() == KeyType.F2) {
      ui.show(new PrivacyScreen(ui));
      return true;
    }
    return menu.digit(key);
  }

  @Override
  String keys() {
    return "1 ou 2, ou flèches puis Entrée : choisir   Échap : retour";
  }
}
