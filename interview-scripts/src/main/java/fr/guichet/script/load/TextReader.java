package fr.guichet.script.load;

import com.fasterxml.jackson.databind.JsonNode;
import fr.guichet.script.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a text of a script: a plain string (French), or one string per declared language, plus
 * the versions its translation files give. Notes each declared language the text lacks and each
 * version too long for the screen.
 */
public final class TextReader {

  private final List<String> languages;
  private final Problems problems;
  private final Translations translations;
  private final List<TextNote> notes = new ArrayList<>();

  public TextReader(List<String> languages, Problems problems) {
    this(languages, problems, Translations.NONE);
  }

  TextReader(List<String> languages, Problems problems, Translations translations) {
    this.languages = languages;
    this.problems = problems;
    this.translations = translations;
  }

  /** The text at this pointer; null (with a problem when required) when absent or malformed. */
  public Text read(JsonNode node, String pointer, boolean required) {
    Text text = readWritten(node, pointer, required);
    if (text == null) return null;
    for (Map.Entry<String, String> translated : translations.at(pointer).entrySet()) {
      if (!text.has(translated.getKey())) text = text.with(translated.getKey(), translated.getValue());
    }
    note(text, pointer);
    return text;
  }

  /** Missing translations and texts too long for the screen, seen while reading. */
  List<TextNote> notes() {
    return notes;
  }

  private Text readWritten(JsonNode node, String pointer, boolean required) {
    if (node == null || node.isNull()) {
      if (required && !problems.mistyped(pointer)) problems.at(pointer, "texte manquant à « " + lastKey(pointer) + " »");
      return null;
    }
    if (node.isTextual()) return Text.fr(node.asText());
    if (!node.isObject()) {
      problems.at(pointer, "un texte s'écrit entre guillemets, ou comme fr: …, en: … par langue");
      return null;
    }
    Map<String, String> byLanguage = new LinkedHashMap<>();
    node.fields().forEachRemaining(entry -> {
      if (!languages.contains(entry.getKey())) {
        problems.at(pointer + "/" + entry.getKey(), "langue « " + entry.getKey() + " » non déclarée dans languages " + languages);
      } else if (!entry.getValue().isTextual()) {
        problems.at(pointer + "/" + entry.getKey(), "la traduction doit être un texte");
      } else {
        byLanguage.put(entry.getKey(), entry.getValue().asText());
      }
    });
    if (!byLanguage.containsKey(Text.FRENCH)) {
      problems.at(pointer, "le texte en français (fr) est obligatoire");
      return null;
    }
    return new Text(byLanguage);
  }

  private void note(Text text, String pointer) {
    if (text.isBlank()) return;
    int[] position = problems.position(pointer);
    int limit = ScreenLimits.at(pointer);
    for (String language : languages) {
      if (!text.has(language)) {
        notes.add(new TextNote(language, TextNote.Kind.MISSING, problems.fileName(), position[0], position[1],
            lastKeys(pointer) + " « " + brief(text.fr()) + " »"));
      } else if (text.in(language).length() > limit) {
        notes.add(new TextNote(language, TextNote.Kind.TOO_LONG, problems.fileName(), position[0], position[1],
            lastKeys(pointer) + " : " + text.in(language).length() + " caractères, " + limit + " au plus"));
      }
    }
  }

  private static String brief(String text) {
    return text.length() <= 50 ? text : text.substring(0, 49) + "…";
  }

  private static String lastKey(String pointer) {
    return pointer.substring(pointer.lastIndexOf('/') + 1);
  }

  /** "label", "help", "choices/2/label": the place of a text, in the words of the file. */
  private static String lastKeys(String pointer) {
    int choices = pointer.lastIndexOf("/choices/");
    return choices >= 0 ? pointer.substring(choices + 1) : lastKey(pointer);
  }
}
