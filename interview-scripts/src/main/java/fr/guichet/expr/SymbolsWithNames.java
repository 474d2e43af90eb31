package fr.guichet.expr;

import java.util.Map;
import java.util.Optional;

/**
 * The names of a script extended with those of another data file: the local aids' parameters and
 * computed values, or the results that routing rules read through a dot ({@code resultat.rsa}).
 */
public final class SymbolsWithNames implements Symbols {

  private final Symbols base;
  private final Map<String, Symbol> names;
  private final Map<String, Map<String, Symbol>> fields;

  /** {@code fields}: for an owner name, the fields it has ({@code resultat} → {@code rsa}…). */
  public SymbolsWithNames(Symbols base, Map<String, Symbol> names, Map<String, Map<String, Symbol>> fields) {
    this.base = base;
    this.names = Map.copyOf(names);
    this.fields = Map.copyOf(fields);
  }

  @Override
  public Optional<Symbol> lookup(String name) {
    Symbol symbol = names.get(name);
    return symbol != null ? Optional.of(symbol) : base.lookup(name);
  }

  @Override
  public Optional<Symbol> field(String owner, String field) {
    Map<String, Symbol> ofOwner = fields.get(owner);
    return ofOwner != null ? Optional.ofNullable(ofOwner.get(field)) : base.field(owner, field);
  }
}
