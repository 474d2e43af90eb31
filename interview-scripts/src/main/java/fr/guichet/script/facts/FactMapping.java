package fr.guichet.script.facts;

import java.util.Map;
import java.util.Objects;

/**
 * How a script fills one fact: from a question or a computed value ({@code source}, a member question for a member
 * fact), and for a choice, which vocabulary value each of the question's choices stands for.
 */
public record FactMapping(SituationFact fact, String source, boolean computed, Map<String, String> values) {
  public FactMapping {
    Objects.requireNonNull(fact, "fact");
    Objects.requireNonNull(source, "source");
    values = Map.copyOf(values);
  }

  /** The vocabulary value of a choice answered (the choice itself when the script maps it unchanged). */
  public String valueOf(String choice) {
    return values.getOrDefault(choice, choice);
  }
}
