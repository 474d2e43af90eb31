package fr.guichet.tui;

import com.googlecode.lanterna.gui2.Interactable;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

/** The end of the interview: the situation (through {@link ResultsView}), print, finish. */
final class EndScreen extends Screen {
  private final Menu menu;

  EndScreen(GuichetUi ui) {
    super(ui);
    menu = new Menu(ui, null)
        .add("Imprimer le résumé", () -> ui.flow().print())
        .add("Relire ou modifier les réponses", () -> ui.flow().review())
        .add("Enregistrer et reprendre plus tard", () -> ui.flow().saveForLater())
        .add("Terminer l'entretien", () -> ui.flow().finish());
    if (!ui.settings().kiosk()) {
      menu.add("Pièces à apporter et pièces reçues", () -> ui.flow().documents())
          .add("Ce qui a changé depuis la dernière visite", () -> ui.flow().changes())
          .add("Notes du dossier", () -> ui.flow().notes());
    }
  }

  @Override
  protected void build() {
    panel.addComponent(Themes.bold(text("Votre situation")));
    space();
    // Title, blank lines, the menu items and the message take 8 rows of the body (11 at a desk).
    panel.addComponent(ui.services().results().render(ui.flow().interview(), ui.columns(),
        Math.max(3, ui.rows() - (ui.settings().kiosk() ? 8 : 11))));
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
      ui.flow().review();
      return true;
    }
    if (key.getKeyType() == KeyType.F10) {
      ui.flow().saveForLater();
      return true;
    }
    return menu.digit(key);
  }

  @Override
  String keys() {
    return (ui.settings().kiosk() ? "1 à 4" : "1 à 7") + ", ou flèches puis Entrée : choisir   Tab puis flèches : faire défiler"
        + "   Échap : relire"
        + (ui.settings().kiosk() ? "" : "   F12 : quitter");
  }
}
