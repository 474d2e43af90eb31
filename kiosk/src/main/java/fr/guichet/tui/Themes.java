package fr.guichet.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.SimpleTheme;
import com.googlecode.lanterna.graphics.Theme;
import com.googlecode.lanterna.gui2.Label;

/** The two colour schemes: Lanterna's default, and a high-contrast one for poor eyesight. */
final class Themes {
  private Themes() {}

  /** White on black, yellow for what can be typed, black on yellow for the selection. */
  static Theme highContrast() {
    SimpleTheme theme = SimpleTheme.makeTheme(true,
        TextColor.ANSI.WHITE_BRIGHT, TextColor.ANSI.BLACK,
        TextColor.ANSI.BLACK, TextColor.ANSI.YELLOW_BRIGHT,
        TextColor.ANSI.BLACK, TextColor.ANSI.YELLOW_BRIGHT,
        TextColor.ANSI.BLACK);
    theme.getDefaultDefinition().setActive(TextColor.ANSI.BLACK, TextColor.ANSI.YELLOW_BRIGHT,
        SGR.BOLD);
    return theme;
  }

  /** Marks a label as a refusal or an error. */
  static Label error(Label label, boolean highContrast) {
    label.setForegroundColor(highContrast ? TextColor.ANSI.YELLOW_BRIGHT : TextColor.ANSI.RED);
    label.addStyle(SGR.BOLD);
    return label;
  }

  /** Marks a label as neutral information. */
  static Label plain(Label label, boolean highContrast) {
    label.setForegroundColor(highContrast ? TextColor.ANSI.WHITE_BRIGHT : TextColor.ANSI.BLACK);
    label.removeStyle(SGR.BOLD);
    return label;
  }

  static Label bold(Label label) {
    label.addStyle(SGR.BOLD);
    return label;
  }
}
