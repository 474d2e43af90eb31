package fr.guichet.expr;

import com.ezylang.evalex.data.DataAccessorIfc;
import com.ezylang.evalex.data.EvaluationValue;

/** EvalEx data accessor that reads names from the scope of the evaluation in progress. */
final class ScopeAccessor implements DataAccessorIfc {

  @Override
  public EvaluationValue getData(String name) {
    EvaluationContext context = EvaluationContext.current();
    EvaluationValue value = context.scope.lookup(name);
    // A name the interview does not have: an expression checked against another script (the
    // shipped local aids read the default script's names; a CCAS may run its own script). It
    // cannot be known here, which is "cannot tell yet", not an error in the middle of an interview.
    if (value == null) value = Values.UNKNOWN;
    if (value.isNullValue()) context.noteMissing(name);
    return value;
  }

  @Override
  public void setData(String name, EvaluationValue value) {
    throw new IllegalStateException("expressions in scripts cannot assign variables");
  }
}
