package fr.guichet.expr;

import java.util.Optional;

/** The names an expression may use at its place in a script. */
public interface Symbols {

  Optional<Symbol> lookup(String name);

  /**
   * A field read through a dot: {@code foyer.revenus} (a list over the household's members) or
   * {@code conjoint.age} (one member's value).
   */
  Optional<Symbol> field(String owner, String field);
}
