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
  public record Loaded(List<Script> scripts, List<ScriptProblem> problems, int files) {
    public Loaded {
      scripts = List.copyOf(scripts);
      problems = List.copyOf(problems);
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

  /** Parses and validates one script's text; throws with every problem when it is not usable. */
  public Script parse(String fileName, String text) {
    YamlFileReader.Read<ScriptFile> read = new YamlFileReader().read(fileName, text, ScriptFile.class, KEYS);
    Problems problems = read.problems();
    Script script = read.file() == null ? null : new ScriptCompiler(problems).compile(read.file(), fileName);
    if (script == null && !problems.any()) problems.at("", "script inutilisable");
    problems.throwIfAny();
    return script;
  }

  public Script load(Path file) {
    try {
      return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new ScriptLoadException(List.of(new ScriptProblem(file.toString(), 1, 1, "fichier illisible : " + e.getMessage())));
    }
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
    for (Path file : files) {
      try {
        scripts.add(load(file));
      } catch (ScriptLoadException e) {
        problems.addAll(e.problems());
      }
    }
    return new Loaded(scripts, problems, files.size());
  }

  /** A script shipped inside the application. */
  public Script loadBundled(String name) {
    try (InputStream in = ScriptLoader.class.getClassLoader().getResourceAsStream(BUNDLED + name)) {
      if (in == null) throw new IllegalStateException("bundled script missing: " + name);
      return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled script " + name, e);
    }
  }

  private static boolean isScript(Path file) {
    String name = file.getFileName().toString();
    return Files.isRegularFile(file) && (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"));
  }
}
