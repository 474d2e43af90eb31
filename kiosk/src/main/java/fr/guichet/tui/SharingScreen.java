package fr.guichet.tui;

import fr.guichet.session.PrivacyChoices;


/** Kiosk, second privacy choice: may the CCAS services see the answers? Then the interview. */
final class SharingScreen extends MenuScreen {

  SharingScreen(GuichetUi ui, boolean keepForLater) {
    super(ui);
    menu.add(ui.texts().get("sharing.yes"),
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
  boolean back() {
    ui.show(new PrivacyScreen(ui));
    return true;
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
