package fr.guichet.script.load;

import fr.guichet.expr.Symbol;
import fr.guichet.expr.Symbols;
import fr.guichet.expr.ValueType;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every name a script declares (questions, computed values, the household and its members), with
 * its type, where it is asked, and whether it is per member: the symbols expressions are checked
 * against.
 */
final class Declarations {

  /** A declared name. {@code order} is the question's rank in the interview (computed: -1). */
  record Declaration(String id, boolean perMember, boolean computed, Symbol symbol, int order, String pointer) {}

  private final Map<String, Declaration> byId = new LinkedHashMap<>();
  private final Set<String> memberKeys = new LinkedHashSet<>();
  private final Set<String> roles = new LinkedHashSet<>();
  private String householdId;

  Optional<Declaration> get(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  boolean has(String id) {
    return byId.containsKey(id) || id.equals(householdId) || memberKeys.contains(id);
  }

  void add(Declaration declaration) {
    byId.put(declaration.id(), declaration);
  }

  void household(String id, Map<String, Integer> maxByRole) {
    householdId = id;
    maxByRole.forEach((role, max) -> {
      roles.add(role);
      if (max == 1) memberKeys.add(role);
      else for (int rank = 1; rank <= max; rank++) memberKeys.add(role + rank);
    });
  }

  boolean isMember(String name) {
    return memberKeys.contains(name);
  }

  Set<String> roles() {
    return roles;
  }

  String householdId() {
    return householdId;
  }

  /** Names visible outside member blocks. */
  Symbols topLevel() {
    return new Scoped(false);
  }

  /** Names visible inside a member block: the member's own answers, its role and rank, and the rest. */
  Symbols perMember() {
    return new Scoped(true);
  }

  private final class Scoped implements Symbols {
    private final boolean inMember;

    Scoped(boolean inMember) {
      this.inMember = inMember;
    }

    @Override
    public Optional<Symbol> lookup(String name) {
      if (inMember && name.equals("role")) return Optional.of(new Symbol(ValueType.TEXT, roles));
      if (inMember && name.equals("rang")) return Optional.of(Symbol.of(ValueType.NUMBER));
      if (name.equals(householdId) || memberKeys.contains(name)) return Optional.of(Symbol.of(ValueType.MEMBERS));
      Declaration declaration = byId.get(name);
      if (declaration == null || (declaration.perMember() && !inMember)) return Optional.empty();
      return Optional.of(declaration.symbol());
    }

    @Override
    public Optional<Symbol> field(String owner, String field) {
      boolean household = owner.equals(householdId);
      if (!household && !memberKeys.contains(owner)) return Optional.empty();
      Symbol symbol;
      if (field.equals("role")) {
        symbol = new Symbol(ValueType.TEXT, roles);
      } else {
        Declaration declaration = byId.get(field);
        if (declaration == null || !declaration.perMember()) return Optional.empty();
        symbol = declaration.symbol();
      }
      return Optional.of(household ? new Symbol(symbol.type().listOf(), symbol.choices()) : symbol);
    }
  }
}
