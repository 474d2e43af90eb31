package fr.guichet.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads scenario files: YAML with a list of cases under {@code cases:}. A malformed file is
 * reported with its line and column.
 */
public final class ScenarioLoader {

  private final ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** Thrown when a scenario file cannot be read, with file, line and column. */
  public static final class BadScenarioFile extends RuntimeException {
    public BadScenarioFile(String message) {
      super(message);
    }
  }

  private record CaseFile(String name, String script, String today, JsonNode answers, Expect expect) {}

  private record Expect(Boolean finished, List<String> asked, List<String> notAsked, java.util.Map<String, String> rejected,
      java.util.Map<String, Object> computed, java.util.Map<String, String> results, java.util.Map<String, Object> amounts,
      String firstService) {}

  private record ScenarioFile(List<CaseFile> cases) {}

  /** The scenario files shipped in the jar, under guichet/cases/ (kept in step with cases/ by a test). */
  public static final List<String> BUNDLED_FILES = List.of("personas.yaml", "aides-locales.yaml", "deux-scripts.yaml");

  public List<ScenarioCase> loadBundled() {
    List<ScenarioCase> cases = new ArrayList<>();
    for (String name : BUNDLED_FILES) {
      try (java.io.InputStream in = ScenarioLoader.class.getClassLoader().getResourceAsStream("guichet/cases/" + name)) {
        if (in == null) throw new IllegalStateException("bundled scenario file missing: " + name);
        cases.addAll(parse(name, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read bundled scenarios " + name, e);
      }
    }
    return cases;
  }

  public List<ScenarioCase> loadDirectory(Path directory) {
    List<ScenarioCase> cases = new ArrayList<>();
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) cases.addAll(load(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list scenario folder " + directory, e);
    }
    return cases;
  }

  public List<ScenarioCase> load(Path file) {
    try {
      return parse(file.getFileName().toString(), Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read scenario file " + file, e);
    }
  }

  @SuppressWarnings("unchecked")
  public List<ScenarioCase> parse(String fileName, String text) {
    ScenarioFile parsed;
    try {
      parsed = mapper.readValue(text, ScenarioFile.class);
    } catch (JsonProcessingException e) {
      throw new BadScenarioFile(fileName + ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr() + ": "
          + e.getOriginalMessage().lines().findFirst().orElse(""));
    }
    List<ScenarioCase> cases = new ArrayList<>();
    if (parsed == null || parsed.cases() == null) throw new BadScenarioFile(fileName + ":1:1: no 'cases:' list");
    for (CaseFile c : parsed.cases()) {
      if (c.name() == null || c.answers() == null) throw new BadScenarioFile(fileName + ": every case needs a name and answers");
      Expect e = c.expect() == null ? new Expect(null, null, null, null, null, null, null, null) : c.expect();
      cases.add(new ScenarioCase(c.name(), fileName, c.script(),
          c.today() == null ? null : java.time.LocalDate.parse(c.today()),
          mapper.convertValue(c.answers(), java.util.LinkedHashMap.class),
          e.finished(), e.asked(), e.notAsked(), e.rejected(), e.computed(), e.results(), e.amounts(), e.firstService()));
    }
    return cases;
  }
}
