package fr.guichet.expr;

import com.ezylang.evalex.data.EvaluationValue;
import java.time.LocalDate;
import java.util.Map;

/**
 * A scope extended with names of another data file (the dated parameters and computed values of
 * the local aids, the results read by routing rules), read before the interview's own names.
 */
public final class ScopeWithNames implements Scope {

  private final Scope base;
  private final Map<String, EvaluationValue> names;

  public ScopeWithNames(Scope base, Map<String, EvaluationValue> names) {
    this.base = base;
    this.names = names;
  }

  @Override
  public EvaluationValue lookup(String name) {
    EvaluationValue value = names.get(name);
    return value != null ? value : base.lookup(name);
  }

  @Override
  public Truth known(String name) {
    EvaluationValue value = names.get(name);
    if (value == null) return base.known(name);
    return Truth.of(!value.isNullValue() && !Values.isAbsent(value));
  }

  @Override
  public Truth answered(String name) {
    EvaluationValue value = names.get(name);
    return value == null ? base.answered(name) : Truth.of(!Values.isAbsent(value));
  }

  @Override
  public EvaluationValue memberCount(String role) {
    return base.memberCount(role);
  }

  @Override
  public LocalDate today() {
    return base.today();
  }
}
