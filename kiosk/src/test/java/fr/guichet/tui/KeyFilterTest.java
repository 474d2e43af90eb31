package fr.guichet.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import org.junit.jupiter.api.Test;

class KeyFilterTest {

  @Test
  void blocked_whenLineOrParagraphSeparatorIsTyped_dropsIt() {
    // Found by KeyFilterFuzzTest: U+2028 went into the answer box, where a terminal may break the line.
    assertThat(KeyFilter.blocked(new KeyStroke('\u2028', false, false))).isTrue();
    assertThat(KeyFilter.blocked(new KeyStroke('\u2029', false, false))).isTrue();
    assertThat(KeyFilter.blocked(new KeyStroke('é', false, false))).isFalse();
  }
}
