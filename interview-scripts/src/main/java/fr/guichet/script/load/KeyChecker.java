package fr.guichet.script.load;

import fr.guichet.script.load.ScriptFile.CheckFile;
import fr.guichet.script.load.ScriptFile.ChoiceFile;
import fr.guichet.script.load.ScriptFile.ComputedFile;
import fr.guichet.script.load.ScriptFile.HouseholdFile;
import fr.guichet.script.load.ScriptFile.ItemFile;
import fr.guichet.script.load.ScriptFile.RoleFile;
import fr.guichet.script.load.ScriptFile.SectionFile;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds every key a script file uses that its place does not know (a typo such as "lable"), from
 * the positions of the source map, so that all of them are reported with the nearest known key.
 */
final class KeyChecker {

  private static final Map<String, List<String>> KNOWN = new LinkedHashMap<>();

  static {
    KNOWN.put("", keysOf(ScriptFile.class));
    KNOWN.put("/household", keysOf(HouseholdFile.class));
    KNOWN.put("/household/members/#", keysOf(RoleFile.class));
    KNOWN.put("/computed/#", keysOf(ComputedFile.class));
    KNOWN.put("/household/computed/#", keysOf(ComputedFile.class));
    KNOWN.put("/sections/#", keysOf(SectionFile.class));
    KNOWN.put("/sections/#/items/#", keysOf(ItemFile.class));
    KNOWN.put("/sections/#/items/#/items/#", keysOf(ItemFile.class));
    KNOWN.put("/sections/#/items/#/choices/#", keysOf(ChoiceFile.class));
    KNOWN.put("/sections/#/items/#/items/#/choices/#", keysOf(ChoiceFile.class));
    KNOWN.put("/sections/#/items/#/checks/#", keysOf(CheckFile.class));
    KNOWN.put("/sections/#/items/#/items/#/checks/#", keysOf(CheckFile.class));
  }

  private KeyChecker() {}

  static void check(SourceMap sourceMap, Problems problems) {
    sourceMap.mappings().forEach((pointer, keys) -> {
      List<String> known = KNOWN.get(pointer.replaceAll("/\\d+", "/#"));
      if (known == null) return;
      for (String key : keys) {
        if (!known.contains(key)) problems.unknownKey(pointer, key, Suggestions.closest(key, known));
      }
    });
  }

  private static List<String> keysOf(Class<? extends Record> type) {
    List<String> keys = new ArrayList<>();
    for (RecordComponent component : type.getRecordComponents()) {
      keys.add(component.getName().replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT));
    }
    return keys;
  }
}
