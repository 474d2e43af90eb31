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
        .add(ui.texts().get("sharing.yes"),
            () -> ui.flow().begin(new PrivacyChoices(keepForLater, true)))
        .add(ui.texts().get("sharing.no"),
            () -> ui.flow().begin(new PrivacyChoices(keepForLater, false)));
  }

  @Override
  protected void build() {
    panel.addComponent(Themes.bold(text(t("sharing.title"))));
    space();
    panel.addComponent(text(t("sharing.why")));
    panel.addComponent(text(t("sharing.refuse")));
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
    return t("sharing.keys");
  }

  @Override
  Menu spokenMenu() {
    return menu;
  }
}
