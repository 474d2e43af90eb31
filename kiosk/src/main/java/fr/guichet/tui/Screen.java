package fr.guichet.tui;

import fr.guichet.print.InertText;
import com.googlecode.lanterna.gui2.Component;
import com.googlecode.lanterna.gui2.Direction;
import com.googlecode.lanterna.gui2.EmptySpace;
import com.googlecode.lanterna.gui2.Interactable;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.LinearLayout;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.input.KeyStroke;
import java.util.ArrayList;
import java.util.List;

/**
 * One screen of the interface: a panel shown in the single full-screen window, the keys it
 * answers to, and its footer. Text is wrapped to the terminal's width and re-wrapped on resize.
 */
abstract class Screen {
  protected final GuichetUi ui;
  protected final Panel panel = new Panel(new LinearLayout(Direction.VERTICAL));
  private final Label message = new Label("");
  private final List<Label> wrapped = new ArrayList<>();
  private boolean built;

  Screen(GuichetUi ui) {
    this.ui = ui;
  }

  /** Adds this screen's components to {@link #panel}; called once, when first shown. */
  protected abstract void build();

  /** The keys line of the footer, in French. */
  abstract String keys();

  /** The component to focus when shown; null for none. */
  Interactable focus() {
    return null;
  }

  /** Handles a key before the focused component sees it; true when consumed. */
  boolean onKey(KeyStroke key) {
    return false;
  }

  /** Whether the screen may show something about a person (then the kiosk's idle wipe applies). */
  boolean personal() {
    return true;
  }

  final Component component(int columns) {
    if (!built) {
      built = true;
      build();
    }
    relayout(columns);
    return panel;
  }

  /** Re-wraps the text for a new width. */
  void relayout(int columns) {
    for (Label label : wrapped) {
      wrap(label, columns);
    }
  }

  /** Sets a label's wrapping width (Lanterna recomputes the wrapped size only in setText). */
  static Label wrap(Label label, int columns) {
    label.setLabelWidth(Math.max(20, columns));
    label.setText(label.getText());
    return label;
  }

  /** A label whose text wraps at the screen's width. */
  protected final Label text(String s) {
    Label label = wrap(new Label(InertText.of(s)), ui.columns());
    wrapped.add(label);
    return label;
  }

  /**
   * What F5 reads aloud: the screen's texts, then its menu's numbered items. Screens that show
   * someone's answers say less (the kiosk is in a public room).
   */
  String spoken() {
    StringBuilder said = new StringBuilder();
    for (Label label : wrapped) {
      if (!label.getText().isBlank()) {
        said.append(label.getText().strip()).append("\n");
      }
    }
    Menu menu = spokenMenu();
    if (menu != null) {
      said.append(menu.spoken(ui.texts()));
    }
    return said.toString().strip();
  }

  /** The menu F5 reads after the texts; none unless a screen has one. */
  Menu spokenMenu() {
    return null;
  }

  /** The application's text of {@code key} in the screens' current language. */
  protected final String t(String key, Object... values) {
    return ui.texts().get(key, values);
  }

  protected final void space() {
    panel.addComponent(new EmptySpace());
  }

  /** The line where refusals and notices appear; subclasses place it with {@link #addMessage}. */
  protected final void addMessage() {
    wrapped.add(message);
    panel.addComponent(message);
  }

  void showError(String s) {
    message.setText(InertText.of(s));
    Themes.error(message, ui.settings().highContrast());
  }

  void showInfo(String s) {
    message.setText(InertText.of(s));
    Themes.plain(message, ui.settings().highContrast());
  }

  void clearMessage() {
    message.setText("");
  }

  String messageText() {
    return message.getText();
  }

  static boolean isDigit(KeyStroke key) {
    return key.getCharacter() != null && key.getCharacter() >= '1' && key.getCharacter() <= '9'
        && !key.isCtrlDown() && !key.isAltDown();
  }
}
