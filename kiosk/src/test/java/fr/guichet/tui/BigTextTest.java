package fr.guichet.tui;

import fr.guichet.store.session.ResumeCode;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BigTextTest {

  @Test
  void render_everyCharacterOfTheCodeAlphabet_hasADistinctGlyph() {
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (char c : ResumeCode.ALPHABET.toCharArray()) {
      String[] rows = BigText.render(String.valueOf(c));
      assertThat(String.join("", rows)).as("glyph of %s", c).contains("█");
      assertThat(seen.add(String.join("\n", rows))).as("glyph of %s is unique", c).isTrue();
    }
  }

  @Test
  void render_aGroupedCode_fitsAnEightyColumnScreen() {
    String[] rows = BigText.render("K7F-M2Q-9XR4");
    assertThat(rows).hasSize(BigText.ROWS);
    assertThat(rows[0]).hasSize(BigText.width("K7F-M2Q-9XR4")).hasSizeLessThanOrEqualTo(76);
  }
}
