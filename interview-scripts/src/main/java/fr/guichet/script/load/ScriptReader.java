package fr.guichet.script.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.Collection;
import java.util.List;

/**
 * Reads a script file with Jackson (YAML, or JSON which is YAML too), collecting every unknown
 * key with its position and the nearest known key, instead of stopping at the first.
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
          .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  /** What reading gave: the bound file (null when it could not be read) and where things are. */
  record Read(ScriptFile file, SourceMap sourceMap) {}

  Read read(String fileName, String text, List<ScriptProblem> problems) {
    SourceMap sourceMap = SourceMap.of(YAML, text);
    ObjectMapper reader = mapper.copy().addHandler(new UnknownKeys(fileName, problems));
    try {
      ScriptFile file = reader.readValue(text, ScriptFile.class);
      if (file == null) problems.add(new ScriptProblem(fileName, 1, 1, "le fichier est vide"));
      return new Read(file, sourceMap);
    } catch (JsonMappingException e) {
      problems.add(at(fileName, e.getLocation(), "valeur mal formée à « " + path(e) + " » : " + brief(e)));
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

  /** Records an unknown key, suggests the closest known one, skips its value and goes on. */
  private static final class UnknownKeys extends DeserializationProblemHandler {
    private final String fileName;
    private final List<ScriptProblem> problems;

    UnknownKeys(String fileName, List<ScriptProblem> problems) {
      this.fileName = fileName;
      this.problems = problems;
    }

    @Override
    public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
        JsonDeserializer<?> deserializer, Object beanOrClass, String propertyName) throws IOException {
      Collection<Object> known = deserializer.getKnownPropertyNames();
      String suggestion = Suggestions.closest(propertyName, known);
      problems.add(at(fileName, parser.currentTokenLocation(),
          "clé inconnue « " + propertyName + " »" + (suggestion == null ? "" : " — vouliez-vous dire « " + suggestion + " » ?")));
      parser.skipChildren();
      return true;
    }
  }
}
