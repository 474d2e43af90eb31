package fr.guichet.script.load;

import com.fasterxml.jackson.databind.JsonNode;
import fr.guichet.script.Text;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a text of a script: a plain string (French), or one string per declared language. */
public final class TextReader {

  private final List<String> languages;
  private final Problems problems;

  public TextReader(List<String> languages, Problems problems) {
    this.languages = languages;
    this.problems = problems;
  }

  /** The text at this pointer; null (with a problem when required) when absent or malformed. */
  public Text read(JsonNode node, String pointer, boolean required) {
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

  private static String lastKey(String pointer) {
    return pointer.substring(pointer.lastIndexOf('/') + 1);
  }
}
