package fr.guichet.script.facts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The facts a script declares it fills, by fact id; immutable. */
public final class ScriptFacts {
  public static final ScriptFacts NONE = new ScriptFacts(List.of());

  private final Map<String, FactMapping> byFact;

  public ScriptFacts(List<FactMapping> mappings) {
    Map<String, FactMapping> map = new LinkedHashMap<>();
    for (FactMapping mapping : mappings) {
      if (map.put(mapping.fact().id(), mapping) != null) {
        throw new IllegalArgumentException("fact mapped twice: " + mapping.fact().id());
      }
    }
    this.byFact = map;
  }

  public Optional<FactMapping> mapping(SituationFact fact) {
    return Optional.ofNullable(byFact.get(fact.id()));
  }

  public boolean provides(SituationFact fact) {
    return byFact.containsKey(fact.id());
  }

  public List<FactMapping> all() {
    return List.copyOf(byFact.values());
  }
}
