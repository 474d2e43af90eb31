package fr.guichet.tui;

import com.googlecode.lanterna.gui2.Interactable;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

/** The end of the interview: the situation (through {@link ResultsView}), print, finish. */
final class EndScreen extends Screen {
  private final Menu menu;
  private com.googlecode.lanterna.gui2.Component results;

  EndScreen(GuichetUi ui) {
    super(ui);
    menu = new Menu(ui, null)
        .add(ui.texts().get("end.print"), () -> ui.flow().print())
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
    results = ui.services().results().render(ui.flow().interview(), ui.columns(),
        Math.max(3, ui.rows() - (ui.settings().kiosk() ? 8 : 11)));
    panel.addComponent(results);
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
    return t("end.keys", menu.size()) + (ui.settings().kiosk() ? "" : "   " + t("keys.quit"));
  }

  /** Read aloud: the title, the results as listed (benefits and why), then the menu. */
  @Override
  String spoken() {
    String listed = results instanceof com.googlecode.lanterna.gui2.TextBox box ? box.getText() : "";
    return (t("end.title") + "\n" + listed + "\n" + spokenMenu().spoken(ui.texts())).strip();
  }

  @Override
  Menu spokenMenu() {
    return menu;
  }
}
