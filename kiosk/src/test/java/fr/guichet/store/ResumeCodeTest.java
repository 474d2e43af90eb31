package fr.guichet.store;

import fr.guichet.store.session.ResumeCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ResumeCodeTest {
  private static final SecureRandom RANDOM = new SecureRandom();

  @Test
  void generate_always_hasGroupedFormOfAlphabetCharacters() {
    for (int i = 0; i < 1000; i++) {
      ResumeCode code = ResumeCode.generate(RANDOM);
      assertThat(code.toString()).matches("[" + ResumeCode.ALPHABET + "]{3}-[" + ResumeCode.ALPHABET
          + "]{3}-[" + ResumeCode.ALPHABET + "]{4}");
      assertThat(code.compact()).doesNotContain("0", "O", "1", "I", "L");
      assertThat(ResumeCode.parse(code.toString())).contains(code);
    }
  }

  @Test
  void alphabet_sizeAndLength_giveAtLeast40BitsAndAPrimeModulus() {
    int n = ResumeCode.ALPHABET.length();
    assertThat(n).isEqualTo(31);
    assertThat(ResumeCode.DATA_LENGTH * Math.log(n) / Math.log(2)).isGreaterThanOrEqualTo(40.0);
    assertThat(ResumeCode.ALPHABET.chars().distinct().count()).isEqualTo(n);
  }

  @Test
  void parse_whenAnySingleCharacterSubstituted_rejects() {
    for (int sample = 0; sample < 300; sample++) {
      String code = ResumeCode.generate(new SecureRandom()).compact();
      for (int pos = 0; pos < code.length(); pos++) {
        for (char c : ResumeCode.ALPHABET.toCharArray()) {
          if (c == code.charAt(pos)) {
            continue;
          }
          String typo = code.substring(0, pos) + c + code.substring(pos + 1);
          assertThat(ResumeCode.parse(typo)).as("%s -> %s", code, typo).isEmpty();
        }
      }
    }
  }

  @Test
  void parse_whenAdjacentCharactersSwapped_rejects() {
    int swaps = 0;
    for (int sample = 0; sample < 2000; sample++) {
      String code = ResumeCode.generate(RANDOM).compact();
      for (int pos = 0; pos + 1 < code.length(); pos++) {
        if (code.charAt(pos) == code.charAt(pos + 1)) {
          continue;
        }
        String swapped = code.substring(0, pos) + code.charAt(pos + 1) + code.charAt(pos)
            + code.substring(pos + 2);
        assertThat(ResumeCode.parse(swapped)).as("%s -> %s", code, swapped).isEmpty();
        swaps++;
      }
    }
    assertThat(swaps).isGreaterThan(10_000);
  }

  @Test
  void parse_whenScannedLowerCaseOrSpaced_acceptsTheSameCode() {
    ResumeCode code = ResumeCode.generate(RANDOM);
    String compact = code.compact();
    Set<String> forms = new HashSet<>(Set.of(
        code.toString(),
        compact,
        compact.toLowerCase(),
        code.scanForm(),
        code.scanForm().toLowerCase(),
        "  " + code.toString().toLowerCase() + "\n",
        compact.substring(0, 2) + " - " + compact.substring(2, 7) + " " + compact.substring(7),
        "GUICHET:" + code));
    for (String form : forms) {
      assertThat(ResumeCode.parse(form)).as(form).contains(code);
    }
    assertThat(code.scanForm()).isEqualTo(ResumeCode.SCAN_PREFIX + compact);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "ABC", "K7F-M2Q-9XR", "K7F-M2Q-9XRAA", "0000000000",
      "OOOOOOOOOO", "IIIIIIIIII", "LLLLLLLLLL", "AUTRE:K7FM2Q9XR4", "K7F/M2Q/9XR4"})
  void parse_whenMalformed_rejects(String typed) {
    assertThat(ResumeCode.parse(typed)).isEmpty();
  }

  @Test
  void parse_whenNull_rejects() {
    assertThat(ResumeCode.parse(null)).isEmpty();
  }
}
