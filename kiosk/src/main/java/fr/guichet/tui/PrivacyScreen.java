package fr.guichet.tui;

import com.googlecode.lanterna.gui2.Interactable;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

/**
 * Kiosk: what is kept, for how long, who sees it, before any personal question; and the choice
 * to keep the answers to resume later, or not.
 */
final class PrivacyScreen extends Screen {
  private final Menu menu;

  PrivacyScreen(GuichetUi ui) {
    super(ui);
    menu = new Menu(ui, null)
        .add(ui.texts().get("privacy.yes"),
            () -> ui.show(new SharingScreen(ui, true)))
        .add(ui.texts().get("privacy.no"), () -> ui.show(new SharingScreen(ui, false)));
  }

  @Override
  protected void build() {
    panel.addComponent(Themes.bold(text(t("privacy.title"))));
    space();
    panel.addComponent(text(t("privacy.kept")));
    panel.addComponent(text(t("privacy.how_long")));
    panel.addComponent(text(t("privacy.who")));
    panel.addComponent(text(t("privacy.idle", idleSeconds())));
    space();
    panel.addComponent(text(t("privacy.question")));
    panel.addComponent(menu.component());
    addMessage();
  }

  private long idleSeconds() {
    return ui.settings().idleTimeout().toSeconds();
  }

  @Override
  Interactable focus() {
    return menu.component();
  }

  @Override
  boolean onKey(KeyStroke key) {
    if (key.getKeyType() == KeyType.Escape || key.getKeyType() == KeyType.F2) {
      ui.flow().leave();
      return true;
    }
    return menu.digit(key);
  }

  @Override
  String keys() {
    return t("privacy.keys");
  }

  @Override
  Menu spokenMenu() {
    return menu;
  }
}
