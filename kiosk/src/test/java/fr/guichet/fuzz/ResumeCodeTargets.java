package fr.guichet.fuzz;

import fr.guichet.store.session.ResumeCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * The resume-code parser, fed what people type and scanners send: it never throws; a code it
 * accepts reads back the same from its printed, compact and scanned forms; a code with one
 * character changed is refused.
 */
final class ResumeCodeTargets {
  private ResumeCodeTargets() {}

  private static final String NEAR = ResumeCode.ALPHABET + "abcdefghjkmnpqrstuvwxyz01OIL- _\t\u00A0:GUICHET";

  static List<Fuzz.Target<?>> all() {
    return List.of(
        Fuzz.target("resume code: typed or scanned", ResumeCodeTargets::typed, ResumeCodeTargets::readsBack),
        Fuzz.target("resume code: one mistyped", r -> {
          String code = ResumeCode.generate(new java.security.SecureRandom()).compact();
          int at = r.nextInt(code.length());
          return code.substring(0, at) + ResumeCode.ALPHABET.charAt(r.nextInt(ResumeCode.ALPHABET.length())) + code.substring(at + 1)
              + "|" + code;
        }, pair -> {
          String mistyped = pair.substring(0, pair.indexOf('|'));
          String code = pair.substring(pair.indexOf('|') + 1);
          assertThat(ResumeCode.parse(mistyped)).as("%s typed as %s", code, mistyped)
              .isEqualTo(mistyped.equals(code) ? ResumeCode.parse(code) : Optional.empty());
        }));
  }

  private static String typed(Random r) {
    return switch (r.nextInt(5)) {
      case 0 -> HostileText.near(r, NEAR, 22);
      case 1 -> {
        ResumeCode code = ResumeCode.generate(new java.security.SecureRandom());
        yield switch (r.nextInt(4)) {
          case 0 -> code.toString();
          case 1 -> code.scanForm();
          case 2 -> code.toString().toLowerCase(Locale.ROOT);
          default -> " " + code.compact().substring(0, 5) + " - " + code.compact().substring(5) + "\t";
        };
      }
      case 2 -> HostileText.near(r, "ſıİßﬁ\u212AǅＡ" + ResumeCode.ALPHABET, 12);
      case 3 -> HostileText.mixed(r, NEAR);
      default -> HostileText.anyText(r, 30);
    };
  }

  private static void readsBack(String typed) {
    Optional<ResumeCode> code = ResumeCode.parse(typed);
    if (code.isEmpty()) return;
    ResumeCode accepted = code.get();
    assertThat(ResumeCode.parse(accepted.toString())).contains(accepted);
    assertThat(ResumeCode.parse(accepted.compact())).contains(accepted);
    assertThat(ResumeCode.parse(accepted.scanForm())).contains(accepted);
    assertThat(accepted.compact()).hasSize(ResumeCode.LENGTH).matches("[" + ResumeCode.ALPHABET + "]+");
  }
}
