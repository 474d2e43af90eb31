package fr.guichet.tui;

import fr.guichet.print.InertText;
import fr.guichet.store.session.ResumeCode;
import com.googlecode.lanterna.gui2.Label;

/** "Enregistrer et reprendre plus tard": the resume code, large and grouped for copying. */
final class SavedScreen extends MenuScreen {
  private final ResumeCode code;

  SavedScreen(GuichetUi ui, ResumeCode code) {
    super(ui);
    this.code = code;
    menu.add(ui.texts().get("saved.continue"), () -> ui.flow().showCurrent())
        .add(ui.texts().get("saved.leave"), () -> ui.flow().leave());
  }

  @Override
  protected void build() {
    panel.addComponent(Themes.bold(text(t("saved.title"))));
    space();
    panel.addComponent(text(t("saved.note")));
    for (String line : large(code, ui.columns())) {
      panel.addComponent(Themes.bold(new Label(InertText.of(line))));
    }
    panel.addComponent(new Label(t("saved.code", code)));
    space();
    panel.addComponent(text(ui.settings().kiosk()
        ? t("saved.kiosk_how")
        : "Pour reprendre : guichet resume " + code + ", ou « Reprendre » sur l'écran d'accueil."));
    space();
    panel.addComponent(menu.component());
    addMessage();
  }

  /**
   * The code in block letters when the screen is wide enough (80 columns are), else spaced out
   * in a double frame: {@code K 7 F   M 2 Q   9 X R 4}.
   */
  static String[] large(ResumeCode code, int columns) {
    if (BigText.width(code.toString()) <= columns) {
      return BigText.render(code.toString());
    }
    String[] groups = code.toString().split("-");
    StringBuilder spaced = new StringBuilder();
    for (String group : groups) {
      if (spaced.length() > 0) {
        spaced.append("   ");
      }
      spaced.append(String.join(" ", group.split("")));
    }
    String middle = "║   " + spaced + "   ║";
    String bar = "═".repeat(middle.length() - 2);
    return new String[] {"╔" + bar + "╗", middle, "╚" + bar + "╝"};
  }

  @Override
  boolean back() {
    ui.flow().showCurrent();
    return true;
  }

  @Override
  String keys() {
    return t("saved.keys");
  }

  @Override
  Menu spokenMenu() {
    return menu;
  }
}
