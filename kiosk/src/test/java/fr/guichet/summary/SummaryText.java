package fr.guichet.summary;

import fr.guichet.print.PrintableSummary;
import java.util.ArrayList;
import java.util.List;

/** Every line of a summary's records, to search for what must not be printed. */
final class SummaryText {
  private SummaryText() {}

  static List<String> of(PrintableSummary s) {
    List<String> lines = new ArrayList<>(List.of(s.placeName(), s.title(), s.resumeCode(), s.qrPayload(),
        s.estimateNotice(), s.rulesVersion().version()));
    s.resultGroups().forEach(group -> group.results().forEach(item -> {
      lines.add(item.name());
      item.estimatedMonthlyAmount().ifPresent(lines::add);
      lines.addAll(item.reasons());
    }));
    lines.addAll(s.documentsToBring());
    s.services().forEach(service -> {
      lines.add(service.name());
      service.whomToSee().ifPresent(lines::add);
      lines.addAll(service.addressLines());
      service.phone().ifPresent(lines::add);
      lines.addAll(service.openingHours());
    });
    lines.addAll(s.nextSteps());
    lines.addAll(s.personalLines());
    lines.addAll(s.recordedChoices());
    return lines;
  }
}
