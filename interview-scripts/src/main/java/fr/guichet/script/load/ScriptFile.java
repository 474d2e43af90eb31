package fr.guichet.script.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The script file as written, bound by Jackson before validation. Every field is optional here;
 * {@link ScriptCompiler} says what is missing. Keys are snake_case in the file.
 */
record ScriptFile(
    String id,
    String version,
    JsonNode title,
    List<String> languages,
    HouseholdFile household,
    List<ComputedFile> computed,
    List<SectionFile> sections,
    List<FactFile> facts) {

  /** One declared fact: the vocabulary id, the question or computed value that fills it, and choice translations. */
  record FactFile(String fact, String from, Map<String, String> values) {}

  record HouseholdFile(String id, List<RoleFile> members, List<ComputedFile> computed) {}

  record RoleFile(String role, JsonNode label, String count, Integer max) {}

  record ComputedFile(String id, String type, String value) {}

  record SectionFile(String id, JsonNode title, String when, List<ItemFile> items) {}

  record ChoiceFile(String value, JsonNode label, Boolean exclusive) {}

  record CheckFile(String rule, JsonNode message) {}

  record ItemFile(
      String id,
      String type,
      JsonNode label,
      Map<String, JsonNode> labelByRole,
      JsonNode help,
      List<ChoiceFile> choices,
      Boolean allowUnknown,
      String when,
      BigDecimal min,
      BigDecimal max,
      String unit,
      Integer maxLength,
      String pattern,
      JsonNode patternMessage,
      Boolean pastOnly,
      Boolean futureOnly,
      List<CheckFile> checks,
      JsonNode ifSkipped,
      String forEachMember,
      List<ItemFile> items) {}
}
