package fr.guichet.summary;

import fr.guichet.store.session.ResumeCode;
import fr.guichet.aids.LocalAids;
import fr.guichet.eligibility.Conclusion;
import fr.guichet.eligibility.interview.SituationCheck;
import fr.guichet.eligibility.parameters.LegalParameters;
import fr.guichet.engine.Interview;
import fr.guichet.print.PaperFormat;
import fr.guichet.print.PdfSummaryRenderer;
import fr.guichet.print.PrintableSummary;
import fr.guichet.store.personal.PersonalDataStore.Consents;
import fr.guichet.territory.Routing;
import fr.guichet.territory.Territory;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * From an interview to its printable summary and PDF: checks the results, routes them through
 * the territory, words them ({@link SummaryBuilder}) and renders them. Thread-safe; build one
 * at start-up (the territory, the parameters and the font are read once).
 */
public final class SummaryMaker {
  private final SituationCheck check;
  private final Territory territory;
  private final LocalAids aids;
  private final RulesDates rules;
  private final SummaryBuilder builder;
  private final PdfSummaryRenderer renderer = new PdfSummaryRenderer();

  public SummaryMaker(SituationCheck check, Territory territory, LegalParameters parameters, LocalAids aids,
      SummarySettings settings) {
    this.check = Objects.requireNonNull(check, "check");
    this.territory = Objects.requireNonNull(territory, "territory");
    this.aids = Objects.requireNonNull(aids, "aids");
    this.rules = new RulesDates(parameters, aids);
    this.builder = new SummaryBuilder(territory.name(), settings);
  }

  /** The summary of {@code interview} on its date, with the saved session's code if there is one. */
  public PrintableSummary summarize(Interview interview, Optional<ResumeCode> code, Consents choices) {
    List<Conclusion> conclusions = check.check(interview);
    Routing routing = territory.route(interview, conclusions);
    return builder.build(new SummaryRequest(interview, conclusions, routing, code, interview.today(),
        rules.on(interview.script(), aids, interview.today()), choices));
  }

  /** The summary with its own words in {@code language} (results and places keep their French words). */
  public PrintableSummary summarize(Interview interview, Optional<ResumeCode> code, Consents choices, String language) {
    List<Conclusion> conclusions = check.check(interview);
    Routing routing = territory.route(interview, conclusions);
    return builder.build(new SummaryRequest(interview, conclusions, routing, code, interview.today(),
        rules.on(interview.script(), aids, interview.today()), choices), fr.guichet.i18n.AppTexts.of(language));
  }

  /**
   * The paper for a person whose language is {@code language}: in French alone, or in that
   * language then in French (for the worker), each from a new page.
   */
  public byte[] paper(Interview interview, Optional<ResumeCode> code, Consents choices, String language,
      PaperFormat format) {
    PrintableSummary french = summarize(interview, code, choices);
    if (language == null || fr.guichet.i18n.AppTexts.FRENCH.equals(language)) {
      return renderer.render(french, format);
    }
    return renderer.render(List.of(summarize(interview, code, choices, language), french), format);
  }

  /** The summary as PDF bytes for that paper. */
  public byte[] render(PrintableSummary summary, PaperFormat format) {
    return renderer.render(summary, format);
  }
}
