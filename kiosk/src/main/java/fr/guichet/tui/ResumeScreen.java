package fr.guichet.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.Interactable;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.TextBox;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.regex.Pattern;

/** Resume with a code (desk), or a code and the birth date (kiosk). */
final class ResumeScreen extends Screen {
  private static final Pattern CODE_CHARS = Pattern.compile("[A-Za-z0-9: _-]{0,30}");
  private static final Pattern DATE_CHARS = Pattern.compile("[0-9/. -]{0,12}");

  private final TextBox code = new TextBox(new TerminalSize(20, 1));
  private final TextBox birthDate = new TextBox(new TerminalSize(12, 1));

  ResumeScreen(GuichetUi ui) {
    super(ui);
    code.setValidationPattern(CODE_CHARS);
    birthDate.setValidationPattern(DATE_CHARS);
  }

  @Override
  protected void build() {
    panel.addComponent(Themes.bold(text(t("resume.title"))));
    space();
    panel.addComponent(text(t("resume.code")));
    panel.addComponent(code);
    if (ui.settings().kiosk()) {
      space();
      panel.addComponent(new Label(t("resume.birth")));
      panel.addComponent(birthDate);
    }
    space();
    addMessage();
  }

  @Override
  Interactable focus() {
    return code;
  }

  @Override
  boolean personal() {
    return ui.settings().kiosk();
  }

  @Override
  boolean onKey(KeyStroke key) {
    switch (key.getKeyType()) {
      case Escape, F2 -> ui.flow().leave();
      case Enter -> enter();
      default -> {
        return false;
      }
    }
    return true;
  }

  private void enter() {
    if (!ui.settings().kiosk()) {
      ui.flow().resumeAtDesk(code.getText());
    } else if (code.isFocused()) {
      birthDate.takeFocus();
    } else {
      ui.flow().resumeAtKiosk(code.getText(), birthDate.getText());
    }
  }

  @Override
  String keys() {
    return ui.settings().kiosk()
        ? t("resume.kiosk.keys")
        : "Entrée : valider (un code scanné est accepté)   Échap : retour   F12 : quitter";
  }
}
