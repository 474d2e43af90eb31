package fr.guichet.script.facts;

import java.util.List;
import java.util.Objects;

/**
 * One fact of the situation vocabulary that eligibility rules read (see {@code scripts/FAITS.md}): its id, whether it
 * is about the household or each member, its kind, the values a choice may take, what it is when the script does not
 * ask the question (its condition is false), whether that value is also assumed when the script does not fill the fact
 * at all (the common case, such as no alternating custody), and a French description for script authors.
 */
public record SituationFact(String id, FactScope scope, FactKind kind, List<String> values, Object whenNotAsked,
    boolean assumedIfAbsent, String description) {

  public SituationFact {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(kind, "kind");
    values = List.copyOf(values);
    Objects.requireNonNull(description, "description");
    if (assumedIfAbsent && whenNotAsked == null) throw new IllegalArgumentException("an assumed fact needs its value: " + id);
    if (kind == FactKind.CHOICE && values.isEmpty()) throw new IllegalArgumentException("a choice fact lists its values: " + id);
  }
}
