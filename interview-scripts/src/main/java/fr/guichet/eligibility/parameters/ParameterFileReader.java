package fr.guichet.eligibility.parameters;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads parameter files (YAML: description, reference, parameters: name: {description, values: {date:
 * {value, reference}}}) with the streaming parser, so that every problem names file, line and column.
 */
public final class ParameterFileReader {
  private static final YAMLFactory YAML = new YAMLFactory();

  private final String fileName;
  private final String prefix;
  private final List<String> problems = new ArrayList<>();
  private final Map<String, ParameterSeries> series = new LinkedHashMap<>();

  private ParameterFileReader(String fileName, String prefix) {
    this.fileName = fileName;
    this.prefix = prefix;
  }

  /** Reads one file; keys are prefixed "prefix.". Throws with every problem found. */
  public static Map<String, ParameterSeries> read(String fileName, String prefix, InputStream in) {
    ParameterFileReader reader = new ParameterFileReader(fileName, prefix);
    try (JsonParser parser = YAML.createParser(in)) {
      reader.readRoot(parser);
    } catch (JsonProcessingException e) {
      reader.problem(e.getLocation(), "YAML illisible : " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(fileName, e);
    }
    if (reader.series.isEmpty() && reader.problems.isEmpty()) {
      reader.problems.add(fileName + ": aucun paramètre (clé « parameters » attendue)");
    }
    if (!reader.problems.isEmpty()) {
      throw new ParameterFileException(reader.problems);
    }
    return reader.series;
  }

  private void readRoot(JsonParser p) throws IOException {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      problem(p.currentLocation(), "un objet (description, reference, parameters) est attendu");
      return;
    }
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      switch (field) {
        case "description", "reference" -> expectScalar(p, value, field);
        case "parameters" -> readParameters(p, value);
        default -> {
          problem(p.currentLocation(), "clé inconnue « " + field + " » (attendu : description, reference, parameters)");
          p.skipChildren();
        }
      }
    }
  }

  private void readParameters(JsonParser p, JsonToken start) throws IOException {
    if (start != JsonToken.START_OBJECT) {
      problem(p.currentLocation(), "« parameters » doit lister les paramètres par nom");
      p.skipChildren();
      return;
    }
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonLocation at = p.currentLocation();
      JsonToken value = p.nextToken();
      if (value != JsonToken.START_OBJECT) {
        problem(at, "le paramètre « " + name + " » doit avoir description et values");
        p.skipChildren();
        continue;
      }
      readParameter(p, name, at);
    }
  }

  private void readParameter(JsonParser p, String name, JsonLocation at) throws IOException {
    String description = "";
    List<DatedValue> values = new ArrayList<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken token = p.nextToken();
      if (field.equals("description")) {
        description = expectScalar(p, token, name + ".description");
      } else if (field.equals("values")) {
        readValues(p, token, name, values);
      } else {
        problem(p.currentLocation(), "clé inconnue « " + field + " » dans le paramètre « " + name + " » (attendu : description, values)");
        p.skipChildren();
      }
    }
    if (values.isEmpty()) {
      problem(at, "le paramètre « " + name + " » n'a aucune valeur datée");
    } else {
      series.put(prefix + "." + name, new ParameterSeries(prefix + "." + name, description, values));
    }
  }

  private void readValues(JsonParser p, JsonToken start, String name, List<DatedValue> values) throws IOException {
    if (start != JsonToken.START_OBJECT) {
      problem(p.currentLocation(), "« values » du paramètre « " + name + " » doit associer des dates AAAA-MM-JJ à des valeurs");
      p.skipChildren();
      return;
    }
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      JsonLocation at = p.currentLocation();
      LocalDate from = parseDate(key, at, name);
      JsonToken token = p.nextToken();
      DatedValue value = readDatedValue(p, token, name, from, at);
      if (value != null && values.stream().anyMatch(v -> v.from().equals(value.from()))) {
        problem(at, "date « " + key + " » en double dans le paramètre « " + name + " »");
      } else if (value != null) {
        values.add(value);
      }
    }
  }

  private DatedValue readDatedValue(JsonParser p, JsonToken start, String name, LocalDate from, JsonLocation at) throws IOException {
    if (start != JsonToken.START_OBJECT) {
      problem(at, "la valeur du paramètre « " + name + " » doit être {value: nombre, reference: texte}");
      p.skipChildren();
      return null;
    }
    BigDecimal value = null;
    String reference = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken token = p.nextToken();
      if (field.equals("value")) {
        value = readNumber(p, token, name);
      } else if (field.equals("reference")) {
        reference = expectScalar(p, token, name + ".reference");
      } else {
        problem(p.currentLocation(), "clé inconnue « " + field + " » (attendu : value, reference)");
        p.skipChildren();
      }
    }
    if (value == null) {
      problem(at, "le paramètre « " + name + " » n'a pas de nombre « value » à cette date");
    }
    if (reference == null || reference.isBlank()) {
      problem(at, "le paramètre « " + name + " » n'indique pas son texte légal (« reference ») à cette date");
    }
    return value == null || from == null ? null : new DatedValue(from, value, reference);
  }

  private BigDecimal readNumber(JsonParser p, JsonToken token, String name) throws IOException {
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      return p.getDecimalValue();
    }
    problem(p.currentLocation(), "la valeur du paramètre « " + name + " » doit être un nombre, pas « " + p.getText() + " »");
    p.skipChildren();
    return null;
  }

  private LocalDate parseDate(String key, JsonLocation at, String name) {
    try {
      return LocalDate.parse(key);
    } catch (DateTimeParseException e) {
      problem(at, "« " + key + " » n'est pas une date AAAA-MM-JJ (paramètre « " + name + " »)");
      return null;
    }
  }

  private String expectScalar(JsonParser p, JsonToken token, String what) throws IOException {
    if (token != null && token.isScalarValue()) {
      return p.getText();
    }
    problem(p.currentLocation(), "« " + what + " » doit être un texte");
    p.skipChildren();
    return "";
  }

  private void problem(JsonLocation at, String message) {
    String where = at == null ? fileName : fileName + ", ligne " + at.getLineNr() + ", colonne " + at.getColumnNr();
    problems.add(where + " : " + message);
  }
}
