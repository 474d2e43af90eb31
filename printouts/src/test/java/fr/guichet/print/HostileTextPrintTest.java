package fr.guichet.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Hostile text in every field of a summary (escape sequences, bidi overrides, zero-width and
 * control characters, emoji, combining accents, a 100 kB line) prints, and reads back with
 * pdftotext as plain characters only.
 */
class HostileTextPrintTest {
  private static final String HOSTILE = "Zo\u00e9\u001B[2J\u001B[31m rouge\u001B]0;PIRATE\u0007 \u202Eesrever\u202C"
      + "\u200B\u200D\u0000\u0008\u007F\u0085\u2028 cafe\u0301 \uD83D\uDE00 \uD83D\uDC69\u200D\uD83D\uDC67 \uDE00fin";

  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(PaperFormat.class)
  void render_whenEveryTextIsHostile_printsOnlyInertCharacters(PaperFormat format) throws Exception {
    PrintableSummary summary = new PrintableSummary(HOSTILE, LocalDate.of(2026, 11, 25), HOSTILE, "K7P-4QX",
        SummaryFixtures.QR_PAYLOAD,
        List.of(new ResultGroup(ResultCategory.TO_REQUEST, List.of(new ResultItem(HOSTILE, Optional.of("635 €"),
            List.of(HOSTILE, "x".repeat(100_000)))))),
        List.of(HOSTILE), List.of(new ServiceContact(HOSTILE, Optional.of(HOSTILE), List.of(HOSTILE), Optional.empty(),
            List.of(HOSTILE))), List.of(HOSTILE), HOSTILE, new RulesVersion("2026.04", LocalDate.of(2026, 4, 1)),
        List.of(HOSTILE), List.of(HOSTILE));

    String text = pdftotext(new PdfSummaryRenderer().render(summary, format));

    assertThat(text).contains("Zoé", "rouge", "esrever", "café", "fin", "xxxxxxxxxx")
        .doesNotContain("PIRATE", "\u001B", "\u202E", "\u202C", "\u200B", "\u2028", "[2J", "[31m");
    assertThat(text.chars().filter(c -> c < 0x20 && c != '\n' && c != '\f')).isEmpty();
    assertThat(text.chars().filter(c -> Character.getType(c) == Character.FORMAT || Character.isSurrogate((char) c))).isEmpty();
  }

  /** The PDF read back by poppler's pdftotext, as a person's PDF reader would. */
  private String pdftotext(byte[] pdf) throws IOException, InterruptedException {
    Path file = Files.write(dir.resolve("recap.pdf"), pdf);
    Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-").redirectErrorStream(true).start();
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as("pdftotext (apt-get install poppler-utils): " + text).isZero();
    return text;
  }
}
