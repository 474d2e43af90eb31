package fr.guichet.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

/** A message after an unexpected error; Enter goes back to the welcome screen. */
final class NoticeScreen extends Screen {
  private final String notice;

  NoticeScreen(GuichetUi ui, String notice) {
    super(ui);
    this.notice = notice;
  }

  @Override
  protected void build() {
    panel.addComponent(Themes.error(text(notice), ui.settings().highContrast()));
    space();
    panel.addComponent(text(t("notice.enter")));
    addMessage();
  }

  @Override
  boolean onKey(KeyStroke key) {
    if (key.getKeyType() == KeyType.Enter || key.getKeyType() == KeyType.Escape) {
      ui.flow().leave();
      return true;
    }
    return false;
  }

  @Override
  boolean personal() {
    return false;
  }

  @Override
  String keys() {
    return t("notice.keys");
  }
}
