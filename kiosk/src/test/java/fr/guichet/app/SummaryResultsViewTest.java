package fr.guichet.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.gui2.TextBox;
import fr.guichet.tui.SummaryResultsView;
import fr.guichet.engine.Interview;
import fr.guichet.script.CommuneResolver;
import fr.guichet.script.load.ScriptLoader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryResultsViewTest {
  private static final CommuneResolver NO_COMMUNES = new CommuneResolver() {
    @Override
    public List<Found> resolve(String typed) {
      return List.of();
    }

    @Override
    public Found byCode(String inseeCode) {
      return null;
    }
  };

  @Test
  void render_anEmptyDefaultInterview_listsBenefitsToCheckWithWhatIsMissing_withinTheWidth() {
    Interview interview = Interview.start(new ScriptLoader().loadBundled(ScriptLoader.DEFAULT_SCRIPT),
        LocalDate.of(2026, 11, 25), NO_COMMUNES);
    TextBox box = (TextBox) new SummaryResultsView(Summaries::bundled).render(interview, 76, 10);
    String text = box.getText();
    assertThat(text).contains("À VÉRIFIER", "• Revenu de solidarité active (RSA)", "Il manque");
    assertThat(text.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(73));
    assertThat(box.isReadOnly()).isTrue();
  }
}
