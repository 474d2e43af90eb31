package fr.guichet.tui;

import fr.guichet.print.InertText;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TerminalTextUtils;
import com.googlecode.lanterna.gui2.Component;
import com.googlecode.lanterna.gui2.TextBox;
import fr.guichet.engine.Interview;
import fr.guichet.print.PrintableSummary;
import fr.guichet.print.ResultGroup;
import fr.guichet.print.ResultItem;
import fr.guichet.print.ServiceContact;
import fr.guichet.store.personal.PersonalDataStore.Consents;
import fr.guichet.summary.SummaryMaker;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The end screen's results, live: the same words as the printed summary (results by group with
 * their reasons, documents to bring, where to go), in a read-only box that scrolls (Tab to reach
 * it, then the arrows). Falls back to the answers summary if the rules cannot be loaded.
 */
public final class SummaryResultsView implements ResultsView {
  private static final Logger LOG = LoggerFactory.getLogger(SummaryResultsView.class);
  private final Supplier<SummaryMaker> maker;

  public SummaryResultsView(Supplier<SummaryMaker> maker) {
    this.maker = maker;
  }

  @Override
  public Component render(Interview interview, int columns, int rows) {
    List<String> lines;
    try {
      lines = lines(maker.get().summarize(interview, Optional.empty(), Consents.NOT_ASKED), columns);
    } catch (RuntimeException e) {
      LOG.error("Results could not be computed: {} at {}", e.getClass().getName(),
          e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?");
      return new AnswersSummaryView().render(interview, columns, rows);
    }
    TextBox box = new TextBox(new TerminalSize(columns, Math.max(1, Math.min(rows, lines.size()))),
        InertText.of(String.join("\n", lines)), TextBox.Style.MULTI_LINE);
    box.setReadOnly(true);
    return box;
  }

  static List<String> lines(PrintableSummary summary, int columns) {
    List<String> lines = new ArrayList<>();
    for (ResultGroup group : summary.printedGroups()) {
      lines.add(group.category().label().toUpperCase(java.util.Locale.FRENCH));
      for (ResultItem item : group.results()) {
        wrap(lines, "• ", item.name()
            + item.estimatedMonthlyAmount().map(a -> " — " + a).orElse(""), columns);
        item.reasons().forEach(reason -> wrap(lines, "    ", reason, columns));
      }
    }
    if (!summary.documentsToBring().isEmpty()) {
      lines.add("DOCUMENTS À APPORTER");
      summary.documentsToBring().forEach(d -> wrap(lines, "☐ ", d, columns));
    }
    for (ServiceContact service : summary.services()) {
      wrap(lines, "", "Où aller : " + service.name() + service.whomToSee().map(w -> " — " + w).orElse("")
          + (service.addressLines().isEmpty() ? "" : ", " + String.join(", ", service.addressLines())),
          columns);
    }
    wrap(lines, "", summary.estimateNotice(), columns);
    return lines;
  }

  /** Wraps inside the box (its scroll bar takes a column), continuation lines indented. */
  private static void wrap(List<String> lines, String first, String text, int columns) {
    String indent = " ".repeat(first.length());
    List<String> wrapped =
        TerminalTextUtils.getWordWrappedText(Math.max(20, columns - 3 - indent.length()), text);
    for (int i = 0; i < wrapped.size(); i++) {
      lines.add((i == 0 ? first : indent) + wrapped.get(i));
    }
  }
}
