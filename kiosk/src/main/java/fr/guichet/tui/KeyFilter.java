package fr.guichet.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

/**
 * Keys the interface never acts on: Ctrl and Alt combinations (a kiosk traps Ctrl-C, Ctrl-Z and
 * Ctrl-\, which then arrive as keys and would otherwise type a letter), control and invisible
 * formatting characters, line and paragraph separators (U+2028, U+2029), and unknown escape
 * sequences. So nothing typed or pasted can put a raw escape character on the screen.
 */
final class KeyFilter {
  private KeyFilter() {}

  static boolean blocked(KeyStroke key) {
    if (key.isCtrlDown() || key.isAltDown()) {
      return true;
    }
    KeyType type = key.getKeyType();
    if (type == KeyType.Unknown || type == KeyType.CursorLocation || type == KeyType.MouseEvent) {
      return true;
    }
    if (type == KeyType.Character) {
      char c = key.getCharacter();
      int category = Character.getType(c);
      return Character.isISOControl(c) || category == Character.FORMAT
          || category == Character.PRIVATE_USE || category == Character.SURROGATE
          || category == Character.UNASSIGNED || category == Character.LINE_SEPARATOR
          || category == Character.PARAGRAPH_SEPARATOR;
    }
    return false;
  }
}
