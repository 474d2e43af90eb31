package fr.guichet.summary;

import fr.guichet.i18n.AppTexts;
import fr.guichet.print.PaperWords;
import fr.guichet.print.ResultCategory;
import java.util.EnumMap;
import java.util.Map;

import fr.guichet.store.session.ResumeCode;
import fr.guichet.engine.Interview;
import fr.guichet.print.PrintableSummary;
import fr.guichet.script.Answer;
import fr.guichet.store.personal.PersonalDataStore.Consents;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Assembles the {@link PrintableSummary} of one interview: results in three groups, the documents
 * to bring, where to go with the hours, the next steps, the notice, the rules' version, the
 * person's choices, and the resume code as text and QR. Least personal data by default (see
 * {@link SummarySettings}). Stateless; one per place.
 */
public final class SummaryBuilder {
  /** Printed instead of a code when the interview was not saved. */
  public static final String NOT_SAVED = "(non enregistré)";
  /**
   * QR content when nothing was saved: scanned at the resume screen it is refused as a code
   * (it holds O and I, which no code has), and it says why to whoever reads it.
   */
  public static final String NOT_SAVED_QR = "GUICHET:NON-ENREGISTRE";
  static final String TITLE = "Récapitulatif de votre entretien";
  static final String NOTICE = "Ce document est une estimation faite à partir de vos réponses, pas une "
      + "décision. Seul l'organisme qui verse chaque aide décide, après avoir étudié votre dossier complet.";
  /** The key of the applicant's birth date in the default script. */
  static final String BIRTH_DATE_KEY = "demandeur.date_naissance";
  static final String COMMUNE_KEY = "commune";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final String placeName;
  private final SummarySettings settings;

  public SummaryBuilder(String placeName, SummarySettings settings) {
    this.placeName = Objects.requireNonNull(placeName, "placeName");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  public PrintableSummary build(SummaryRequest request) {
    return build(request, AppTexts.of(AppTexts.FRENCH));
  }

  /**
   * The summary with its own words in the language of {@code texts}; the results, documents and
   * services keep the words the rules and the territory give them (French).
   */
  public PrintableSummary build(SummaryRequest request, AppTexts texts) {
    ResultLines results = new ResultLines(PersonalFigures.of(request.interview()), settings.printPersonalDetails());
    var groups = results.groups(request.conclusions());
    List<String> documents = ResultLines.documents(request.conclusions());
    return new PrintableSummary(
        placeName,
        request.date(),
        texts.get("summary.title"),
        request.code().map(ResumeCode::toString).orElse(texts.get("summary.not_saved")),
        request.code().map(ResumeCode::scanForm).orElse(NOT_SAVED_QR),
        groups,
        documents,
        RoutingLines.services(request.routing(), request.date()),
        nextSteps(request, !documents.isEmpty(), results.withheldAny(), texts),
        texts.get("summary.notice"),
        request.rules(),
        settings.printPersonalDetails() ? personalLines(request.interview(), texts) : List.of(),
        choiceLines(request.choices(), texts),
        words(texts));
  }

  /** The layout's own words in the language of {@code texts}. */
  static PaperWords words(AppTexts texts) {
    if (AppTexts.FRENCH.equals(texts.language())) {
      return PaperWords.FRENCH;
    }
    Map<ResultCategory, String> categories = new EnumMap<>(ResultCategory.class);
    categories.put(ResultCategory.TO_REQUEST, texts.get("paper.to_request"));
    categories.put(ResultCategory.ALREADY_RECEIVED, texts.get("paper.already_received"));
    categories.put(ResultCategory.TO_CHECK, texts.get("paper.to_check"));
    categories.put(ResultCategory.NOT_NOW, texts.get("paper.not_now"));
    return new PaperWords(texts.locale(), texts.get("paper.place_and_date"), texts.get("paper.code_intro"),
        texts.get("paper.code_show"), texts.get("paper.amount"), texts.get("paper.documents"),
        texts.get("paper.services"), texts.get("paper.ask"), texts.get("paper.phone"), texts.get("paper.hours"),
        texts.get("paper.next_steps"), texts.get("paper.choices"), texts.get("paper.important"),
        texts.get("paper.rules"), texts.get("paper.footer"), categories);
  }

  private static List<String> nextSteps(SummaryRequest request, boolean documents, boolean withheld,
      AppTexts texts) {
    List<String> steps = new ArrayList<>();
    if (!AppTexts.FRENCH.equals(texts.language())) {
      steps.add(texts.get("summary.french_note"));
    }
    steps.addAll(RoutingLines.steps(request.routing()));
    if (documents) {
      steps.add(texts.get("summary.step.documents"));
    }
    boolean toCheck = request.conclusions().stream()
        .anyMatch(c -> c.status() == fr.guichet.eligibility.EligibilityStatus.CANNOT_TELL && !c.alreadyReceived());
    if (toCheck) {
      steps.add(texts.get("summary.step.to_check"));
    }
    steps.add(request.code().isPresent() ? texts.get("summary.step.keep") : texts.get("summary.step.not_saved"));
    if (withheld) {
      steps.add(texts.get("summary.step.withheld"));
    }
    return steps;
  }

  private static List<String> personalLines(Interview interview, AppTexts texts) {
    List<String> lines = new ArrayList<>();
    if (interview.answers().get(BIRTH_DATE_KEY) instanceof Answer.Day day) {
      lines.add(texts.get("summary.birth_date", DAY.format(day.date())));
    }
    if (interview.answers().get(COMMUNE_KEY) instanceof Answer.Place place) {
      lines.add(texts.get("summary.commune", place.name()));
    }
    return lines;
  }

  static List<String> choiceLines(Consents choices) {
    return choiceLines(choices, AppTexts.of(AppTexts.FRENCH));
  }

  static List<String> choiceLines(Consents choices, AppTexts texts) {
    List<String> lines = new ArrayList<>();
    choices.saveToResume().ifPresent(keep -> lines.add(texts.get(keep ? "summary.kept" : "summary.not_kept")));
    choices.shareWithServices().ifPresent(share -> lines.add(texts.get(share ? "summary.shared" : "summary.not_shared")));
    return lines;
  }
}
