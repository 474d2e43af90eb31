package fr.guichet.script.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.List;

/**
 * Reads a script file with Jackson (YAML, or JSON which is YAML too) into its file records.
 * Unknown keys are left to {@link KeyChecker}, which reports all of them with their positions.
 */
final class ScriptReader {

  private static final YAMLFactory YAML = yaml();

  private static YAMLFactory yaml() {
    YAMLFactory factory = new YAMLFactory();
    factory.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    return factory;
  }

  private final ObjectMapper mapper =
      new ObjectMapper(YAML)
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  /** What reading gave: the bound file (null when it could not be read) and where things are. */
  record Read(ScriptFile file, SourceMap sourceMap) {}

  Read read(String fileName, String text, List<ScriptProblem> problems) {
    SourceMap sourceMap = SourceMap.of(YAML, text);
    try {
      ScriptFile file = mapper.readValue(text, ScriptFile.class);
      if (file == null) problems.add(new ScriptProblem(fileName, 1, 1, "le fichier est vide"));
      return new Read(file, sourceMap);
    } catch (JsonMappingException e) {
      if (isSyntax(e)) problems.add(at(fileName, e.getLocation(), "syntaxe YAML : " + brief(e)));
      else problems.add(at(fileName, e.getLocation(), "valeur mal formée à « " + path(e) + " » : " + brief(e)));
    } catch (JsonProcessingException e) {
      problems.add(at(fileName, e.getLocation(), "syntaxe YAML : " + brief(e)));
    } catch (IOException e) {
      problems.add(new ScriptProblem(fileName, 1, 1, "lecture impossible : " + e.getMessage()));
    }
    return new Read(null, sourceMap);
  }

  private static ScriptProblem at(String fileName, JsonLocation location, String message) {
    int line = location == null ? 1 : Math.max(1, location.getLineNr());
    int column = location == null ? 1 : Math.max(1, location.getColumnNr());
    return new ScriptProblem(fileName, line, column, message);
  }

  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : e.getPath()) {
      if (reference.getFieldName() != null) path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
      else path.append('[').append(reference.getIndex() + 1).append(']');
    }
    return path.toString();
  }

  private static String brief(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    int cut = message.indexOf('\n');
    return cut > 0 ? message.substring(0, cut) : message;
  }

  private static boolean isSyntax(JsonMappingException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause.getClass().getName().startsWith("org.yaml.snakeyaml")) return true;
    }
    return e.getOriginalMessage().startsWith("while parsing") || e.getOriginalMessage().startsWith("while scanning");
  }
}
