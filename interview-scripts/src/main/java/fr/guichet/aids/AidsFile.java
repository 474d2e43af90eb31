package fr.guichet.aids;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The local aids file as written, bound by Jackson before validation. Every field is optional
 * here; {@link AidsCompiler} says what is missing. Keys are snake_case in the file.
 */
record AidsFile(
    String version,
    Map<String, List<DatedValueFile>> parameters,
    List<ComputedFile> computed,
    List<AidFile> aids) {

  record DatedValueFile(String from, BigDecimal value, String reference) {}

  record ComputedFile(String id, String value) {}

  record AidFile(
      String id,
      String name,
      String explanation,
      Map<String, List<DatedValueFile>> parameters,
      List<ConditionFile> conditions,
      AmountFile amount,
      List<String> documents,
      String handledBy,
      String service) {}

  record ConditionFile(String rule, String met, String notMet) {}

  record AmountFile(String monthly, String note) {}
}
