package fr.guichet.summary;

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
    ResultLines results = new ResultLines(PersonalFigures.of(request.interview()), settings.printPersonalDetails());
    var groups = results.groups(request.conclusions());
    List<String> documents = ResultLines.documents(request.conclusions());
    return new PrintableSummary(
        placeName,
        request.date(),
        TITLE,
        request.code().map(ResumeCode::toString).orElse(NOT_SAVED),
        request.code().map(ResumeCode::scanForm).orElse(NOT_SAVED_QR),
        groups,
        documents,
        RoutingLines.services(request.routing(), request.date()),
        nextSteps(request, !documents.isEmpty(), results.withheldAny()),
        NOTICE,
        request.rules(),
        settings.printPersonalDetails() ? personalLines(request.interview()) : List.of(),
        choiceLines(request.choices()));
  }

  private static List<String> nextSteps(SummaryRequest request, boolean documents, boolean withheld) {
    List<String> steps = new ArrayList<>(RoutingLines.steps(request.routing()));
    if (documents) {
      steps.add("Apportez les documents de la liste : cochez-les quand vous les avez.");
    }
    boolean toCheck = request.conclusions().stream()
        .anyMatch(c -> c.status() == fr.guichet.eligibility.EligibilityStatus.CANNOT_TELL && !c.alreadyReceived());
    if (toCheck) {
      steps.add("Au rendez-vous, l'agent complète ce qui manque pour les résultats « à vérifier ».");
    }
    steps.add(request.code().isPresent()
        ? "Gardez cette feuille : avec le code, l'agent retrouve vos réponses sans tout redemander."
        : "Vos réponses n'ont pas été enregistrées : gardez cette feuille pour le rendez-vous.");
    if (withheld) {
      steps.add("Par discrétion, vos montants (ressources, loyer…) ne sont pas imprimés ; l'agent peut vous les montrer.");
    }
    return steps;
  }

  private static List<String> personalLines(Interview interview) {
    List<String> lines = new ArrayList<>();
    if (interview.answers().get(BIRTH_DATE_KEY) instanceof Answer.Day day) {
      lines.add("Date de naissance : " + DAY.format(day.date()));
    }
    if (interview.answers().get(COMMUNE_KEY) instanceof Answer.Place place) {
      lines.add("Commune : " + place.name());
    }
    return lines;
  }

  static List<String> choiceLines(Consents choices) {
    List<String> lines = new ArrayList<>();
    choices.saveToResume().ifPresent(keep -> lines.add(keep
        ? "Vous avez accepté que vos réponses soient gardées pour reprendre le dossier."
        : "Vous avez choisi que vos réponses ne soient pas gardées."));
    choices.shareWithServices().ifPresent(share -> lines.add(share
        ? "Vous avez accepté que votre dossier soit partagé avec les services du CIAS."
        : "Vous avez refusé que votre dossier soit partagé avec les services du CIAS."));
    return lines;
  }
}
