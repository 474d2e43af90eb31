package fr.guichet.app;

import fr.guichet.aids.LocalAids;
import fr.guichet.eligibility.parameters.LegalParameters;
import fr.guichet.print.CupsPrinter;
import fr.guichet.print.PaperFormat;
import fr.guichet.summary.SummaryMaker;
import fr.guichet.summary.SummarySettings;
import fr.guichet.territory.Territory;
import java.util.Locale;

/** Wiring of the printed summary every face uses: bundled eligibility, territory and parameters. */
final class Summaries {

  private Summaries() {}

  /** The summary maker on the shipped rules and demo territory, least personal data. */
  static SummaryMaker bundled() {
    return bundled(SummarySettings.DEFAULT);
  }

  static SummaryMaker bundled(SummarySettings settings) {
    return new SummaryMaker(Eligibility.check(), Territory.bundled(), LegalParameters.bundled(),
        LocalAids.bundled(), settings);
  }

  /** The paper for {@code --format}: a4 or receipt (also ticket, 80mm). Null when unknown. */
  static PaperFormat format(String option) {
    if (option == null) {
      return PaperFormat.A4;
    }
    return switch (option.strip().toLowerCase(Locale.ROOT)) {
      case "a4" -> PaperFormat.A4;
      case "receipt", "ticket", "80mm" -> PaperFormat.RECEIPT_80MM;
      default -> null;
    };
  }

  /** The named CUPS queue, or the system default when {@code name} is null or blank. */
  static CupsPrinter printer(String name) {
    return name == null || name.isBlank() ? CupsPrinter.systemDefault() : CupsPrinter.named(name.strip());
  }
}
