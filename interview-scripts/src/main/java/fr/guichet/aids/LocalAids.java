package fr.guichet.aids;

import fr.guichet.aids.AidsFile.AidFile;
import fr.guichet.aids.AidsFile.AmountFile;
import fr.guichet.aids.AidsFile.ComputedFile;
import fr.guichet.aids.AidsFile.ConditionFile;
import fr.guichet.aids.AidsFile.DatedValueFile;
import fr.guichet.eligibility.Conclusion;
import fr.guichet.eligibility.parameters.ParameterSeries;
import fr.guichet.engine.Interview;
import fr.guichet.expr.CompiledExpression;
import fr.guichet.script.Script;
import fr.guichet.script.load.KeyChecker;
import fr.guichet.script.load.ScriptLoadException;
import fr.guichet.script.load.ScriptLoader;
import fr.guichet.script.load.ScriptProblem;
import fr.guichet.script.load.YamlFileReader;
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
import java.util.Optional;

/**
 * The catalogue of a CCAS's local aids (the YAML file of {@code aids/}), validated against the
 * interview script whose answers it reads, and the check of every aid for one interview.
 */
public final class LocalAids {

  /** The bundled catalogue, inside the jar. */
  public static final String BUNDLED = "guichet/aids/aides-locales.yaml";

  private static final KeyChecker KEYS = new KeyChecker(Map.of(
      "", AidsFile.class,
      "/parameters/*/#", DatedValueFile.class,
      "/computed/#", ComputedFile.class,
      "/aids/#", AidFile.class,
      "/aids/#/parameters/*/#", DatedValueFile.class,
      "/aids/#/conditions/#", ConditionFile.class,
      "/aids/#/amount", AmountFile.class));

  /** A computed value of the aids file, evaluated before the aids in file order. */
  record NamedValue(String id, CompiledExpression value) {}

  private final String version;
  private final Map<String, ParameterSeries> parameters;
  private final List<NamedValue> computed;
  private final List<LocalAid> aids;
  private final QuestionsRead questionsRead;

  LocalAids(String version, Map<String, ParameterSeries> shared, List<NamedValue> computed, List<LocalAid> aids,
      QuestionsRead questionsRead) {
    this.version = version;
    Map<String, ParameterSeries> all = new LinkedHashMap<>(shared);
    for (LocalAid aid : aids) all.putAll(aid.parameters());
    this.parameters = Map.copyOf(all);
    this.computed = List.copyOf(computed);
    this.aids = List.copyOf(aids);
    this.questionsRead = questionsRead;
  }

  private static final class Bundled {
    static final LocalAids INSTANCE = bundled(new ScriptLoader().loadBundled(ScriptLoader.DEFAULT_SCRIPT));
  }

  /** The shipped catalogue, checked against the default interview (loaded once). */
  public static LocalAids bundled() {
    return Bundled.INSTANCE;
  }

  /** The shipped catalogue, checked against this script. */
  public static LocalAids bundled(Script script) {
    try (InputStream in = LocalAids.class.getClassLoader().getResourceAsStream(BUNDLED)) {
      if (in == null) throw new IllegalStateException("bundled aids file missing: " + BUNDLED);
      return parse("aides-locales.yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8), script);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled aids file", e);
    }
  }

  /** A catalogue file, checked against the default interview. */
  public static LocalAids load(Path file) {
    return load(file, new ScriptLoader().loadBundled(ScriptLoader.DEFAULT_SCRIPT));
  }

  public static LocalAids load(Path file, Script script) {
    try {
      return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8), script);
    } catch (IOException e) {
      throw new ScriptLoadException(List.of(new ScriptProblem(file.toString(), 1, 1, "fichier illisible : " + e.getMessage())));
    }
  }

  /** Parses and validates a catalogue; throws with every problem (file, line, column) when it is not usable. */
  public static LocalAids parse(String fileName, String text, Script script) {
    YamlFileReader.Read<AidsFile> read = new YamlFileReader().read(fileName, text, AidsFile.class, KEYS);
    LocalAids aids = read.file() == null ? null : new AidsCompiler(read.problems(), script).compile(read.file());
    if (aids == null && !read.problems().any()) read.problems().at("", "fichier des aides inutilisable");
    read.problems().throwIfAny();
    return aids;
  }

  public String version() {
    return version;
  }

  public List<LocalAid> aids() {
    return aids;
  }

  public Optional<LocalAid> aid(String id) {
    return aids.stream().filter(aid -> aid.id().equals(id)).findFirst();
  }

  /** Every dated parameter of the file (shared and per aid), by name. */
  public Map<String, ParameterSeries> parameters() {
    return parameters;
  }

  /** Every aid checked for this interview, in file order; recomputed at each call. */
  public List<Conclusion> evaluate(Interview interview) {
    AidCheck check = new AidCheck(interview, parameters, computed, questionsRead);
    List<Conclusion> conclusions = new ArrayList<>(aids.size());
    for (LocalAid aid : aids) conclusions.add(check.conclude(aid));
    return conclusions;
  }
}
