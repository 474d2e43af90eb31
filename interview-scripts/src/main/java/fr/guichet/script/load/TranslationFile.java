package fr.guichet.script.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * A script's texts in one other language, as written beside the script ({@code accueil-ccas.uk.yaml}
 * next to {@code accueil-ccas.yaml}): texts by section id, role and question id, so that a
 * translator never touches the script's logic. Bound by Jackson; {@link Translations} checks it.
 */
record TranslationFile(
    String language,
    String title,
    Map<String, String> household,
    Map<String, String> sections,
    Map<String, QuestionTexts> questions) {

  /** One question's texts; {@code choices} by value (a mapping) or in the French order (a list). */
  record QuestionTexts(
      String label,
      Map<String, String> labelByRole,
      String help,
      JsonNode choices,
      List<String> checks,
      String patternMessage) {}
}
