package fr.guichet.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

/** The end of the interview: the situation (through {@link ResultsView}), print, finish. */
final class EndScreen extends MenuScreen {

  EndScreen(GuichetUi ui) {
    super(ui);
    menu.add(ui.texts().get("end.print"), () -> ui.flow().print())
        .add(ui.texts().get("end.review"), () -> ui.flow().review())
        .add(ui.texts().get("end.save"), () -> ui.flow().saveForLater())
        .add(ui.texts().get("end.finish"), () -> ui.flow().finish());
    if (!ui.settings().kiosk()) {
      menu.add("Pièces à apporter et pièces reçues", () -> ui.flow().documents())
          .add("Ce qui a changé depuis la dernière visite", () -> ui.flow().changes())
          .add("Notes du dossier", () -> ui.flow().notes());
    }
  }

  @Override
  protected void build() {
    panel.addComponent(Themes.bold(text(t("end.title"))));
    space();
    // Title, blank lines, the menu items and the message take 8 rows of the body (11 at a desk).
    panel.addComponent(ui.services().results().render(ui.flow().interview(), ui.columns(),
        Math.max(3, ui.rows() - (ui.settings().kiosk() ? 8 : 11))));
    space();
    panel.addComponent(menu.component());
    addMessage();
  }

  @Override
  boolean back() {
    ui.flow().review();
    return true;
  }

  @Override
  boolean onKey(KeyStroke key) {
    if (key.getKeyType() == KeyType.F10) {
      ui.flow().saveForLater();
      return true;
    }
    return super.onKey(key);
  }

  @Override
  String keys() {
    return t("end.keys", menu.size()) + (ui.settings().kiosk() ? "" : "   " + t("keys.quit"));
  }
}
