package fr.guichet.app;

import fr.guichet.store.personal.PersonalDataStore;
import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.commune.DirectoryCommuneResolver;
import fr.guichet.engine.Interview;
import fr.guichet.engine.Outcome;
import fr.guichet.print.PaperFormat;
import fr.guichet.summary.PdfReading;
import fr.guichet.summary.SummarySettings;
import fr.guichet.script.load.ScriptLoader;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Control and escape sequences typed or pasted into answers never reach what is kept, shown or printed. */
class EscapeSequencesTest {

  private static final String HOSTILE_COMMUNE = "Orn\u001B[2J\u001B[31mans\u001B]0;PIRATE\u0007\u0000";

  @Test
  void answer_whenEscapeSequencesTyped_isStoredShownAndPrintedWithoutThem() {
    Interview interview = Interview.start(new ScriptLoader().loadBundled(ScriptLoader.DEFAULT_SCRIPT),
        LocalDate.of(2026, 11, 25), DirectoryCommuneResolver.bundled());
    interview.submit("");
    interview.submit("1");
    interview.submit("aucun");
    Outcome outcome = interview.submit(HOSTILE_COMMUNE);
    assertThat(outcome).isInstanceOf(Outcome.Accepted.class);
    Outcome.Accepted accepted = (Outcome.Accepted) outcome;
    assertThat(accepted.stored()).isEqualTo("25434|Ornans");
    assertThat(accepted.display()).isEqualTo("Ornans");

    var maker = Summaries.bundled(new SummarySettings(true));
    byte[] pdf = maker.render(maker.summarize(interview, Optional.empty(),
        new PersonalDataStore.Consents(Optional.empty(), Optional.empty())), PaperFormat.A4);
    String text = PdfReading.text(pdf);
    assertThat(text).contains("Ornans").doesNotContain("\u001B").doesNotContain("[2J").doesNotContain("PIRATE");
    assertThat(text.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')).isEmpty();
  }
}
