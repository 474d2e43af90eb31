package fr.guichet.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.DefaultKeyDecodingProfile;
import com.googlecode.lanterna.input.InputDecoder;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import fr.guichet.fuzz.Fuzz;
import fr.guichet.fuzz.HostileText;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Random;

/**
 * The terminal key filter: what a barcode scanner, a paste or a broken terminal sends is decoded
 * by Lanterna's real input decoder, and no key the filter lets through can put a control, an
 * escape, an invisible formatting character or half a character on the screen.
 */
public final class KeyFilterTargets {
  private KeyFilterTargets() {}

  private static final List<String> PIECES = List.of("\u001B", "\u001B[", "\u001B[A", "\u001B[1;5C", "\u001B[200~", "\u001B[201~",
      "\u001BO", "\u001B]0;x\u0007", "\u001B[6n", "\u001B[<0;10;5M", "\u001B[M !!", "\u009B", "\u0003", "\u001A", "\u001C", "\r", "\n",
      "\t", "\u007F", "\b", "\u0000", "\u202E", "\u200B", "\u2028", "\uFEFF", "\uE000", "\uD83D", "\uDE00", "😀", "é", "e\u0301", "a",
      "1", " ", "GUICHET:", "€");
  private static final KeyType[] TYPES = KeyType.values();

  public static List<Fuzz.Target<?>> all() {
    return List.of(
        Fuzz.target("keys: decoded terminal input", KeyFilterTargets::terminalInput, KeyFilterTargets::decodedKeys),
        Fuzz.target("keys: any key stroke", KeyFilterTargets::anyKey, KeyFilterTargets::check));
  }

  private static String terminalInput(Random r) {
    StringBuilder input = new StringBuilder();
    for (int i = r.nextInt(13); i > 0; i--) {
      int kind = r.nextInt(6);
      input.append(kind < 4 ? HostileText.pick(r, PIECES) : kind == 4 ? HostileText.anyText(r, 4) : HostileText.near(r, latin1(), 6));
    }
    return input.toString();
  }

  private static String latin1() {
    StringBuilder chars = new StringBuilder();
    for (char c = 0; c < 0x100; c++) chars.append(c);
    return chars.toString();
  }

  private static KeyStroke anyKey(Random r) {
    boolean ctrl = r.nextInt(4) == 0;
    boolean alt = r.nextInt(4) == 0;
    boolean shift = r.nextBoolean();
    KeyType type = TYPES[r.nextInt(TYPES.length)];
    if (type == KeyType.Character || r.nextBoolean()) return new KeyStroke((char) r.nextInt(0x10000), ctrl, alt, shift);
    return new KeyStroke(type, ctrl, alt, shift);
  }

  private static void decodedKeys(String input) {
    InputDecoder decoder = new InputDecoder(new StringReader(input));
    decoder.addProfile(new DefaultKeyDecodingProfile());
    try {
      for (int i = 0; i < input.length() + 2; i++) {
        KeyStroke key = decoder.getNextCharacter(false);
        if (key == null || key.getKeyType() == KeyType.EOF) break;
        check(key);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A key let through is either a named key (arrows, Enter...) or one character that shows as itself. */
  private static void check(KeyStroke key) {
    if (KeyFilter.blocked(key)) return;
    assertThat(key.isCtrlDown() || key.isAltDown()).as("modifier let through: %s", key).isFalse();
    if (key.getKeyType() != KeyType.Character) return;
    char c = key.getCharacter();
    int type = Character.getType(c);
    assertThat(Character.isISOControl(c) || type == Character.FORMAT || type == Character.SURROGATE || type == Character.PRIVATE_USE
        || type == Character.UNASSIGNED || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR)
        .as("character U+%04X let through", (int) c).isFalse();
  }
}
