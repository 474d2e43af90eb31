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

/**
 * Reads a data file (a script, the local aids, a territory) with Jackson (YAML, or JSON which is
 * YAML too) into its file records, with where each value stands; syntax errors, values of the
 * wrong shape and unknown keys (found by the {@link KeyChecker} of the file's format) are
 * collected with their positions rather than thrown.
 */
public final class YamlFileReader {

  /** The usual cause, said in words a CCAS editor knows. */
  private static final String HINT = " — souvent un texte à mettre entre guillemets (il contient « : », « ? », « # », « , »"
      + " ou des accolades), ou une indentation décalée";

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

  /**
   * What reading gave: the bound file (null when it could not be read), where things are, and the
   * problems found so far (the caller adds its own and calls {@link Problems#throwIfAny()}).
   */
  public record Read<T>(T file, SourceMap sourceMap, Problems problems) {}

  public <T> Read<T> read(String fileName, String text, Class<T> type, KeyChecker keys) {
    SourceMap sourceMap = SourceMap.of(YAML, text);
    Problems problems = new Problems(fileName, sourceMap);
    keys.check(sourceMap, problems);
    T file = bind(fileName, text, type, problems);
    return new Read<>(file, sourceMap, problems);
  }

  private <T> T bind(String fileName, String text, Class<T> type, Problems problems) {
    try {
      T file = mapper.readValue(text, type);
      if (file == null) problems.add(new ScriptProblem(fileName, 1, 1, "le fichier est vide"));
      return file;
    } catch (JsonMappingException e) {
      if (isSyntax(e)) problems.add(at(fileName, e.getLocation(), "syntaxe YAML : " + brief(e) + HINT));
      else problems.add(at(fileName, e.getLocation(), "valeur mal formée à « " + path(e) + " » : " + expected(e)));
    } catch (JsonProcessingException e) {
      problems.add(at(fileName, e.getLocation(), "syntaxe YAML : " + brief(e) + HINT));
    } catch (IOException e) {
      problems.add(new ScriptProblem(fileName, 1, 1, "lecture impossible : " + e.getMessage()));
    }
    return null;
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

  /** What the value should have been, in words, for a value of the wrong shape. */
  private static String expected(JsonMappingException e) {
    if (!(e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException mismatch) || mismatch.getTargetType() == null) {
      return brief(e);
    }
    Class<?> type = mismatch.getTargetType();
    String wanted;
    if (type == String.class) wanted = "un texte";
    else if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) wanted = "un nombre";
    else if (type == Boolean.class || type == boolean.class) wanted = "true ou false";
    else if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) wanted = "une liste (lignes commençant par « - »)";
    else wanted = "un bloc clé: valeur";
    return wanted + " est attendu ici";
  }

  private static String brief(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    int cut = message.indexOf('\n');
    return readableEvents(cut > 0 ? message.substring(0, cut) : message);
  }

  private static final java.util.regex.Pattern EVENT =
      java.util.regex.Pattern.compile("<?org\\.yaml\\.snakeyaml\\.events\\.(\\w+?)Event\\([^)]*\\)>?");

  /** SnakeYAML names what it found as a Java object dump; a CCAS editor needs a word. */
  static String readableEvents(String message) {
    java.util.regex.Matcher matcher = EVENT.matcher(message);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String word = switch (matcher.group(1)) {
        case "MappingStart" -> "« un bloc clé: valeur »";
        case "SequenceStart" -> "« une liste »";
        case "Scalar" -> "« une valeur »";
        case "Alias" -> "« un alias * »";
        default -> "« la fin du bloc »";
      };
      matcher.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(word));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  private static boolean isSyntax(JsonMappingException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause.getClass().getName().startsWith("org.yaml.snakeyaml")) return true;
    }
    return e.getOriginalMessage().startsWith("while parsing") || e.getOriginalMessage().startsWith("while scanning");
  }
}
