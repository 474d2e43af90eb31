package fr.guichet.script.facts;

import java.util.Set;

/** What kind of value a situation fact holds, and which question types (or computed types) may fill it. */
public enum FactKind {
  YES_NO("oui/non", Set.of("yes_no"), Set.of("BOOLEAN")),
  MONEY("montant en euros", Set.of("money", "integer"), Set.of("NUMBER")),
  NUMBER("nombre", Set.of("integer", "money"), Set.of("NUMBER")),
  DATE("date", Set.of("date"), Set.of("DATE")),
  CHOICE("choix", Set.of("single_choice"), Set.of()),
  COMMUNE("commune", Set.of("commune"), Set.of());

  private final String frenchName;
  private final Set<String> questionTypes;
  private final Set<String> computedTypes;

  FactKind(String frenchName, Set<String> questionTypes, Set<String> computedTypes) {
    this.frenchName = frenchName;
    this.questionTypes = questionTypes;
    this.computedTypes = computedTypes;
  }

  public String frenchName() {
    return frenchName;
  }

  /** Whether a question of that type (yes_no, money…) can fill a fact of this kind. */
  public boolean acceptsQuestion(String typeName) {
    return questionTypes.contains(typeName);
  }

  /** Whether a computed value of that expression type (BOOLEAN, NUMBER…) can fill a fact of this kind. */
  public boolean acceptsComputed(String valueTypeName) {
    return computedTypes.contains(valueTypeName);
  }
}
