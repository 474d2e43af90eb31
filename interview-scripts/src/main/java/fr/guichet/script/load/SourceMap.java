package fr.guichet.script.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each value of a YAML or JSON document stands (line, column), by JSON pointer, so that a
 * problem found after binding ("/sections/2/items/5/when") can be reported at its place.
 */
public final class SourceMap {

  private final Map<String, int[]> positions = new HashMap<>();
  /** Keys of each mapping, by the mapping's pointer, in file order. */
  private final Map<String, java.util.List<String>> keys = new java.util.LinkedHashMap<>();
  private final String[] lines;

  private SourceMap(String text) {
    this.lines = text.split("\n", -1);
  }

  public static SourceMap of(JsonFactory factory, String text) {
    SourceMap map = new SourceMap(text);
    try (JsonParser parser = factory.createParser(text)) {
      map.walk(parser);
    } catch (IOException | RuntimeException e) {
      // Syntax errors are reported by the binding pass; positions found so far stay usable.
    }
    return map;
  }

  private void walk(JsonParser parser) throws IOException {
    Deque<Object> path = new ArrayDeque<>();
    Deque<Integer> indexes = new ArrayDeque<>();
    JsonToken token;
    while ((token = parser.nextToken()) != null) {
      if (token == JsonToken.FIELD_NAME) {
        path.removeLast();
        String parent = pointer(path);
        path.addLast(parser.currentName());
        keys.computeIfAbsent(parent, k -> new java.util.ArrayList<>()).add(parser.currentName());
        put(pointer(path) + "#key", parser.currentTokenLocation());
        continue;
      }
      if (!path.isEmpty() && path.peekLast() instanceof Integer index) {
        path.removeLast();
        path.addLast(index + 1);
      }
      if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
        path.removeLast();
        continue;
      }
      put(pointer(path), parser.currentTokenLocation());
      if (token == JsonToken.START_OBJECT) path.addLast("");
      if (token == JsonToken.START_ARRAY) path.addLast(-1);
    }
  }

  private void put(String pointer, JsonLocation location) {
    positions.putIfAbsent(pointer, new int[] {location.getLineNr(), location.getColumnNr()});
  }

  private static String pointer(Deque<Object> path) {
    StringBuilder pointer = new StringBuilder();
    for (Object part : path) pointer.append('/').append(part);
    return pointer.toString();
  }

  /** Every mapping of the document by pointer, with its keys in file order. */
  public Map<String, java.util.List<String>> mappings() {
    return keys;
  }

  /** Line and column of the value at this pointer, or of its nearest parent that has one. */
  public int[] position(String pointer) {
    String current = pointer;
    while (true) {
      int[] position = positions.get(current);
      if (position != null) return position;
      if (current.isEmpty()) return new int[] {1, 1};
      current = current.substring(0, current.lastIndexOf('/'));
    }
  }

  /** Position of a character inside a scalar value, skipping its opening quote. */
  public int[] positionInside(String pointer, int offset) {
    int[] start = position(pointer);
    int line = start[0];
    int column = start[1];
    if (line - 1 < lines.length) {
      String text = lines[line - 1];
      if (column - 1 < text.length() && (text.charAt(column - 1) == '"' || text.charAt(column - 1) == '\'')) column++;
    }
    return new int[] {line, column + offset};
  }
}
