package fr.guichet.expr;

import com.ezylang.evalex.data.DataAccessorIfc;
import com.ezylang.evalex.data.EvaluationValue;

/** EvalEx data accessor that reads names from the scope of the evaluation in progress. */
final class ScopeAccessor implements DataAccessorIfc {

  @Override
  public EvaluationValue getData(String name) {
    EvaluationContext context = EvaluationContext.current();
    EvaluationValue value = context.scope.lookup(name);
    if (value == null) return null;
    if (value.isNullValue()) context.noteMissing(name);
    return value;
  }

  @Override
  public void setData(String name, EvaluationValue value) {
    throw new IllegalStateException("expressions in scripts cannot assign variables");
  }
}
