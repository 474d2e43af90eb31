package fr.guichet.expr;

import java.util.Set;

/**
 * What the type checker knows of a name: its type and, for a choice question, the values it can
 * take (so that comparing it with a value that is not a choice is caught at load).
 */
public record Symbol(ValueType type, Set<String> choices) {
  public Symbol {
    choices = choices == null ? Set.of() : Set.copyOf(choices);
  }

  public static Symbol of(ValueType type) {
    return new Symbol(type, Set.of());
  }
}
