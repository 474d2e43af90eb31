package fr.guichet.script.load;

import fr.guichet.script.Script;
import fr.guichet.script.load.ScriptFile.CheckFile;
import fr.guichet.script.load.ScriptFile.ChoiceFile;
import fr.guichet.script.load.ScriptFile.ComputedFile;
import fr.guichet.script.load.ScriptFile.HouseholdFile;
import fr.guichet.script.load.ScriptFile.ItemFile;
import fr.guichet.script.load.ScriptFile.RoleFile;
import fr.guichet.script.load.ScriptFile.SectionFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Loads interview scripts (YAML or JSON) and validates them completely: a script with any
 * problem is refused with all of them, each with file, line and column.
 */
public final class ScriptLoader {

  /** The bundled scripts, inside the jar. */
  public static final String BUNDLED = "guichet/scripts/";
  public static final String DEFAULT_SCRIPT = "accueil-ccas.yaml";

  /** What loading a folder gave: the good scripts, and the problems of the others. */
  public record Loaded(List<Script> scripts, List<ScriptProblem> problems, int files, List<TextNote> notes) {
    public Loaded {
      scripts = List.copyOf(scripts);
      problems = List.copyOf(problems);
      notes = List.copyOf(notes);
    }

    public Loaded(List<Script> scripts, List<ScriptProblem> problems, int files) {
      this(scripts, problems, files, List.of());
    }
  }

  /** Where each kind of mapping of a script file stands, for the unknown-key check. */
  private static final KeyChecker KEYS = new KeyChecker(scriptPlaces());

  private static Map<String, Class<? extends Record>> scriptPlaces() {
    Map<String, Class<? extends Record>> places = new LinkedHashMap<>();
    places.put("", ScriptFile.class);
    places.put("/household", HouseholdFile.class);
    places.put("/household/members/#", RoleFile.class);
    places.put("/computed/#", ComputedFile.class);
    places.put("/household/computed/#", ComputedFile.class);
    places.put("/sections/#", SectionFile.class);
    places.put("/facts/#", ScriptFile.FactFile.class);
    places.put("/sections/#/items/#", ItemFile.class);
    places.put("/sections/#/items/#/items/#", ItemFile.class);
    places.put("/sections/#/items/#/choices/#", ChoiceFile.class);
    places.put("/sections/#/items/#/items/#/choices/#", ChoiceFile.class);
    places.put("/sections/#/items/#/checks/#", CheckFile.class);
    places.put("/sections/#/items/#/items/#/checks/#", CheckFile.class);
    return places;
  }

  /** A script and the notes on its texts (missing translations, texts too long): usable as it is. */
  public record Checked(Script script, List<TextNote> notes) {
    public Checked {
      notes = List.copyOf(notes);
    }
  }

  /** Finds the translation file of a script in one language: its name and text, or null. */
  @FunctionalInterface
  public interface TranslationFinder {
    /** Name and text of {@code script}'s translation in {@code language}, or null when there is none. */
    String[] find(String language);

    TranslationFinder NONE = language -> null;
  }

  /** Parses and validates one script's text; throws with every problem when it is not usable. */
  public Script parse(String fileName, String text) {
    return check(fileName, text, TranslationFinder.NONE).script();
  }

  /**
   * Parses and validates one script with its translation files; throws with every problem (the
   * script's and its translations') when it is not usable.
   */
  public Checked check(String fileName, String text, TranslationFinder finder) {
    YamlFileReader.Read<ScriptFile> read = new YamlFileReader().read(fileName, text, ScriptFile.class, KEYS);
    Problems problems = read.problems();
    Translations translations = read.file() == null ? Translations.NONE
        : Translations.of(read.file(), sources(read.file(), finder));
    ScriptCompiler compiler = new ScriptCompiler(problems, translations);
    Script script = read.file() == null ? null : compiler.compile(read.file(), fileName);
    if (script == null && !problems.any()) problems.at("", "script inutilisable");
    List<ScriptProblem> all = new ArrayList<>();
    collect(problems, all);
    for (Problems translation : translations.problems()) collect(translation, all);
    if (!all.isEmpty()) throw new ScriptLoadException(all);
    return new Checked(script, compiler.notes());
  }

  private static List<Translations.Source> sources(ScriptFile file, TranslationFinder finder) {
    List<Translations.Source> sources = new ArrayList<>();
    if (file.languages() == null) return sources;
    for (String language : file.languages()) {
      if (language == null || language.equals(fr.guichet.script.Text.FRENCH) || !Languages.exists(language)) continue;
      String[] found = finder.find(language);
      if (found != null) sources.add(new Translations.Source(language, found[0], found[1]));
    }
    return sources;
  }

  private static void collect(Problems problems, List<ScriptProblem> into) {
    try {
      problems.throwIfAny();
    } catch (ScriptLoadException e) {
      into.addAll(e.problems());
    }
  }

  public Script load(Path file) {
    return check(file).script();
  }

  /** Loads a script file with the translation files beside it ({@code name.LANG.yaml}). */
  public Checked check(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ScriptLoadException(List.of(new ScriptProblem(file.toString(), 1, 1, "fichier illisible : " + e.getMessage())));
    }
    return check(file.toString(), text, language -> {
      Path translation = translationOf(file, language);
      if (!Files.isRegularFile(translation)) return null;
      try {
        return new String[] {translation.toString(), Files.readString(translation, StandardCharsets.UTF_8)};
      } catch (IOException e) {
        throw new ScriptLoadException(List.of(new ScriptProblem(translation.toString(), 1, 1, "fichier illisible : " + e.getMessage())));
      }
    });
  }

  /** {@code accueil-ccas.yaml} is translated into Ukrainian by {@code accueil-ccas.uk.yaml} beside it. */
  static Path translationOf(Path script, String language) {
    String name = script.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return script.resolveSibling(name.substring(0, dot) + "." + language + name.substring(dot));
  }

  /** Every *.yaml, *.yml and *.json script of a folder. */
  public Loaded loadDirectory(Path directory) {
    List<Script> scripts = new ArrayList<>();
    List<ScriptProblem> problems = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> listing = Files.list(directory)) {
      files = listing.filter(ScriptLoader::isScript).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list script folder " + directory, e);
    }
    List<Path> listed = files;
    files = listed.stream().filter(file -> !isTranslation(file, listed)).toList();
    List<TextNote> notes = new ArrayList<>();
    for (Path file : files) {
      try {
        Checked checked = check(file);
        scripts.add(checked.script());
        notes.addAll(checked.notes());
      } catch (ScriptLoadException e) {
        problems.addAll(e.problems());
      }
    }
    return new Loaded(scripts, problems, files.size(), notes);
  }

  /** A script shipped inside the application. */
  public Script loadBundled(String name) {
    return checkBundled(name).script();
  }

  /** A script shipped inside the application, with its shipped translations. */
  public Checked checkBundled(String name) {
    String text = resource(name);
    if (text == null) throw new IllegalStateException("bundled script missing: " + name);
    return check(name, text, language -> {
      String translation = translationOf(Path.of(name), language).toString();
      String translated = resource(translation);
      return translated == null ? null : new String[] {translation, translated};
    });
  }

  private static String resource(String name) {
    try (InputStream in = ScriptLoader.class.getClassLoader().getResourceAsStream(BUNDLED + name)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled script " + name, e);
    }
  }

  /** A file named like another script of the folder plus a language: a translation, not a script. */
  private static boolean isTranslation(Path file, List<Path> files) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    int languageDot = name.lastIndexOf('.', dot - 1);
    if (languageDot < 0 || !Languages.exists(name.substring(languageDot + 1, dot))) return false;
    Path script = file.resolveSibling(name.substring(0, languageDot) + name.substring(dot));
    return files.contains(script);
  }

  private static boolean isScript(Path file) {
    String name = file.getFileName().toString();
    return Files.isRegularFile(file) && (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"));
  }
}
