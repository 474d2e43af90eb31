package fr.guichet.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.Interactable;
import com.googlecode.lanterna.gui2.TextBox;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;

/**
 * A desk form of a few labelled fields (login, first account, agent's account): Enter moves to the
 * next field and, on the last one, submits. Secret fields are masked and emptied once read.
 */
abstract class FormScreen extends Screen {
  private final List<String> labels = new ArrayList<>();
  private final List<TextBox> fields = new ArrayList<>();

  FormScreen(GuichetUi ui) {
    super(ui);
  }

  /** Adds a field, in order; a secret field shows stars. */
  protected final TextBox field(String label, int width, boolean secret) {
    TextBox box = new TextBox(new TerminalSize(width, 1));
    if (secret) box.setMask('*');
    labels.add(label);
    fields.add(box);
    return box;
  }

  /** The heading and, if any, a sentence under it. */
  protected abstract String title();

  protected String intro() {
    return "";
  }

  /** Called with Enter on the last field. */
  protected abstract void submit();

  /** A secret's characters, the field emptied (the caller wipes the array once used). */
  protected static char[] takeSecret(TextBox box) {
    char[] typed = box.getText().toCharArray();
    box.setText("");
    return typed;
  }

  @Override
  protected final void build() {
    panel.addComponent(Themes.bold(text(title())));
    if (!intro().isEmpty()) panel.addComponent(text(intro()));
    space();
    for (int i = 0; i < fields.size(); i++) {
      panel.addComponent(text(labels.get(i)));
      panel.addComponent(fields.get(i));
    }
    space();
    addMessage();
  }

  @Override
  Interactable focus() {
    return fields.get(0);
  }

  @Override
  boolean personal() {
    return false;
  }

  @Override
  boolean onKey(KeyStroke key) {
    if (key.getKeyType() != KeyType.Enter) return false;
    for (int i = 0; i < fields.size() - 1; i++) {
      if (fields.get(i).isFocused()) {
        fields.get(i + 1).takeFocus();
        return true;
      }
    }
    submit();
    return true;
  }

  @Override
  String keys() {
    return "Entrée : valider   Tab : passer d'un champ à l'autre   F12 : quitter";
  }
}
