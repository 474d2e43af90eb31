package fr.guichet.script.load;

import com.fasterxml.jackson.databind.JsonNode;
import fr.guichet.script.load.ScriptFile.ItemFile;
import fr.guichet.script.load.ScriptFile.SectionFile;
import fr.guichet.script.load.TranslationFile.QuestionTexts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The translation files of one script, laid onto its texts: for each place of a text in the
 * script (a JSON pointer such as {@code /sections/2/items/5/label}), its versions in the other
 * languages. A translation that does not fit its question (another number of choices or of
 * messages, a choice the French does not have) is a problem that refuses the script; a
 * translation whose question is gone is only a note, so that rewording a script never breaks it.
 */
final class Translations {

  /** A translation file's name and text. */
  record Source(String language, String fileName, String text) {}

  static final Translations NONE = new Translations();

  private static final KeyChecker KEYS = new KeyChecker(places());

  private final Map<String, Map<String, String>> byPointer = new HashMap<>();
  private final List<Problems> problems = new ArrayList<>();
  private final List<TextNote> notes = new ArrayList<>();

  private static Map<String, Class<? extends Record>> places() {
    Map<String, Class<? extends Record>> places = new LinkedHashMap<>();
    places.put("", TranslationFile.class);
    places.put("/questions/*", QuestionTexts.class);
    return places;
  }

  /** Reads every translation file and lays it onto the script file as bound. */
  static Translations of(ScriptFile script, List<Source> sources) {
    Translations translations = new Translations();
    for (Source source : sources) translations.add(script, source);
    return translations;
  }

  /** Versions of the text at this pointer of the script, by language. */
  Map<String, String> at(String pointer) {
    return byPointer.getOrDefault(pointer, Map.of());
  }

  /** The problems of each translation file (each placed in its own file). */
  List<Problems> problems() {
    return problems;
  }

  List<TextNote> notes() {
    return notes;
  }

  private void add(ScriptFile script, Source source) {
    YamlFileReader.Read<TranslationFile> read =
        new YamlFileReader().read(source.fileName(), source.text(), TranslationFile.class, KEYS);
    problems.add(read.problems());
    TranslationFile file = read.file();
    if (file == null) return;
    new Layer(source.language(), read.problems(), file).lay(script);
  }

  /** One translation file being laid onto the script. */
  private final class Layer {
    private final String language;
    private final Problems where;
    private final TranslationFile file;

    Layer(String language, Problems where, TranslationFile file) {
      this.language = language;
      this.where = where;
      this.file = file;
    }

    void lay(ScriptFile script) {
      if (file.language() != null && !file.language().equals(language)) {
        where.at("/language", "ce fichier traduit en « " + language + " » (d'après son nom), pas en « " + file.language() + " »");
      }
      put("/title", file.title());
      roles(script);
      sections(script);
      questions(script);
    }

    private void roles(ScriptFile script) {
      Map<String, String> wanted = new LinkedHashMap<>(orEmpty(file.household()));
      if (script.household() != null && script.household().members() != null) {
        for (int i = 0; i < script.household().members().size(); i++) {
          String role = script.household().members().get(i).role();
          if (role != null) put("/household/members/" + i + "/label", wanted.remove(role));
        }
      }
      wanted.keySet().forEach(role -> unused("/household/" + role, "rôle « " + role + " » absent du script"));
    }

    private void sections(ScriptFile script) {
      Map<String, String> wanted = new LinkedHashMap<>(orEmpty(file.sections()));
      List<SectionFile> sections = orEmpty(script.sections());
      for (int i = 0; i < sections.size(); i++) {
        if (sections.get(i).id() != null) put("/sections/" + i + "/title", wanted.remove(sections.get(i).id()));
      }
      wanted.keySet().forEach(id -> unused("/sections/" + id, "section « " + id + " » absente du script"));
    }

    private void questions(ScriptFile script) {
      Map<String, QuestionTexts> wanted = new LinkedHashMap<>(orEmpty(file.questions()));
      List<SectionFile> sections = orEmpty(script.sections());
      for (int i = 0; i < sections.size(); i++) {
        List<ItemFile> items = orEmpty(sections.get(i).items());
        for (int j = 0; j < items.size(); j++) {
          String pointer = "/sections/" + i + "/items/" + j;
          ItemFile item = items.get(j);
          List<ItemFile> nested = orEmpty(item.items());
          for (int k = 0; k < nested.size(); k++) question(nested.get(k), pointer + "/items/" + k, wanted);
          question(item, pointer, wanted);
        }
      }
      wanted.keySet().forEach(id -> unused("/questions/" + id, "question « " + id + " » absente du script"));
    }

    private void question(ItemFile item, String pointer, Map<String, QuestionTexts> wanted) {
      if (item.id() == null) return;
      QuestionTexts texts = wanted.remove(item.id());
      if (texts == null) return;
      String at = "/questions/" + item.id();
      put(pointer + "/label", texts.label());
      put(pointer + "/help", texts.help());
      put(pointer + "/pattern_message", texts.patternMessage());
      orEmpty(texts.labelByRole()).forEach((role, text) -> put(pointer + "/label_by_role/" + role, text));
      checks(item, pointer, texts, at);
      choices(item, pointer, texts.choices(), at);
    }

    private void checks(ItemFile item, String pointer, QuestionTexts texts, String at) {
      if (texts.checks() == null) return;
      int french = orEmpty(item.checks()).size();
      if (texts.checks().size() != french) {
        where.at(at + "/checks", texts.checks().size() + " message(s) traduit(s), mais la question en français a " + french
            + " vérification(s) (checks) : un message par vérification, dans le même ordre");
        return;
      }
      for (int k = 0; k < french; k++) put(pointer + "/checks/" + k + "/message", texts.checks().get(k));
    }

    private void choices(ItemFile item, String pointer, JsonNode choices, String at) {
      if (choices == null || choices.isNull()) return;
      List<String> values = new ArrayList<>();
      for (ScriptFile.ChoiceFile choice : orEmpty(item.choices())) values.add(choice.value());
      if (choices.isArray()) {
        if (choices.size() != values.size()) {
          where.at(at + "/choices", choices.size() + " choix traduit(s), mais la question en français a " + values.size()
              + " choix (" + String.join(", ", values) + ")");
          return;
        }
        for (int k = 0; k < values.size(); k++) put(pointer + "/choices/" + k + "/label", choices.get(k).asText());
      } else if (choices.isObject()) {
        choices.fields().forEachRemaining(entry -> {
          int k = values.indexOf(entry.getKey());
          if (k < 0) {
            where.at(at + "/choices/" + entry.getKey(), "choix « " + entry.getKey() + " » inconnu : la question en français a "
                + values.size() + " choix (" + String.join(", ", values) + ")");
          } else {
            put(pointer + "/choices/" + k + "/label", entry.getValue().asText());
          }
        });
      } else {
        where.at(at + "/choices", "les choix traduits s'écrivent valeur: texte, ou en liste dans l'ordre du français");
      }
    }

    private void put(String pointer, String text) {
      if (text != null) byPointer.computeIfAbsent(pointer, p -> new LinkedHashMap<>()).put(language, text);
    }

    private void unused(String pointer, String message) {
      int[] position = where.position(pointer + "#key");
      notes.add(new TextNote(language, TextNote.Kind.UNUSED, where.fileName(), position[0], position[1], message));
    }
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  private static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
    return map == null ? Map.of() : map;
  }
}
