package fr.guichet.script.load;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds every key a data file uses that its place does not know (a typo such as "lable"), from
 * the positions of the source map, so that all of them are reported with the nearest known key.
 * Places are JSON pointers where {@code #} stands for any list index and {@code *} for any key
 * of a mapping whose keys are names ({@code /parameters/*}); the known keys of a place are the
 * components of the record that binds it, in snake_case.
 */
public final class KeyChecker {

  private final Map<String[], List<String>> known = new LinkedHashMap<>();

  /** Places (pointer patterns) and the record that binds each. */
  public KeyChecker(Map<String, Class<? extends Record>> places) {
    places.forEach((pattern, type) -> known.put(pattern.split("/", -1), keysOf(type)));
  }

  public void check(SourceMap sourceMap, Problems problems) {
    sourceMap.mappings().forEach((pointer, keys) -> {
      List<String> knownKeys = knownAt(pointer.split("/", -1));
      if (knownKeys == null) return;
      for (String key : keys) {
        if (!knownKeys.contains(key)) problems.unknownKey(pointer, key, Suggestions.closest(key, knownKeys));
      }
    });
  }

  private List<String> knownAt(String[] pointer) {
    for (Map.Entry<String[], List<String>> place : known.entrySet()) {
      if (matches(place.getKey(), pointer)) return place.getValue();
    }
    return null;
  }

  private static boolean matches(String[] pattern, String[] pointer) {
    if (pattern.length != pointer.length) return false;
    for (int i = 0; i < pattern.length; i++) {
      boolean same = switch (pattern[i]) {
        case "#" -> !pointer[i].isEmpty() && pointer[i].chars().allMatch(Character::isDigit);
        case "*" -> true;
        default -> pattern[i].equals(pointer[i]);
      };
      if (!same) return false;
    }
    return true;
  }

  private static List<String> keysOf(Class<? extends Record> type) {
    List<String> keys = new ArrayList<>();
    for (RecordComponent component : type.getRecordComponents()) {
      keys.add(component.getName().replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT));
    }
    return keys;
  }
}
