package fr.guichet.tui;


/**
 * Kiosk: what is kept, for how long, who sees it, before any personal question; and the choice
 * to keep the answers to resume later, or not.
 */
final class PrivacyScreen extends MenuScreen {

  PrivacyScreen(GuichetUi ui) {
    super(ui);
    menu.add(ui.texts().get("privacy.yes"),
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
  boolean back() {
    ui.flow().leave();
    return true;
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
