package fr.guichet.script.load;

import com.ezylang.evalex.data.EvaluationValue;
import fr.guichet.expr.Scope;
import fr.guichet.expr.Truth;
import fr.guichet.expr.Values;
import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;

/**
 * A scope where nothing is known yet, not even the date: a condition that is false even here can
 * never be true, so the question behind it can never be asked.
 */
final class UnknownScope implements Scope {

  private static final EvaluationValue UNKNOWN_FIELDS = EvaluationValue.structureValue(new UnknownFields());
  private final Declarations declarations;

  UnknownScope(Declarations declarations) {
    this.declarations = declarations;
  }

  @Override
  public EvaluationValue lookup(String name) {
    if (name.equals(declarations.householdId()) || declarations.isMember(name)) return UNKNOWN_FIELDS;
    return Values.UNKNOWN;
  }

  @Override
  public Truth known(String name) {
    return Truth.UNKNOWN;
  }

  @Override
  public Truth answered(String name) {
    return Truth.UNKNOWN;
  }

  @Override
  public EvaluationValue memberCount(String role) {
    return Values.UNKNOWN;
  }

  @Override
  public boolean checkingScript() {
    return true;
  }

  @Override
  public LocalDate today() {
    return null;
  }

  /** A structure whose every field is unknown. */
  private static final class UnknownFields extends AbstractMap<String, EvaluationValue> {
    @Override
    public boolean containsKey(Object key) {
      return true;
    }

    @Override
    public EvaluationValue get(Object key) {
      return Values.UNKNOWN;
    }

    @Override
    public Set<Map.Entry<String, EvaluationValue>> entrySet() {
      return Set.of();
    }
  }
}
