package fr.guichet.expr;

import com.ezylang.evalex.data.EvaluationValue;
import java.util.ArrayList;
import java.util.List;

/** Helpers shared by the aggregate functions: lists flattened, three-valued results. */
final class Aggregates {

  private Aggregates() {}

  static List<EvaluationValue> flatten(EvaluationValue... args) {
    List<EvaluationValue> values = new ArrayList<>();
    for (EvaluationValue arg : args) {
      if (arg.isArrayValue()) {
        for (EvaluationValue item : arg.getArrayValue()) if (!Values.isAbsent(item)) values.add(item);
      } else if (!Values.isAbsent(arg)) {
        values.add(arg);
      }
    }
    return values;
  }

  static EvaluationValue toValue(Truth truth) {
    return truth == Truth.UNKNOWN ? Values.UNKNOWN : Values.of(truth == Truth.TRUE);
  }

  /** Minimum (sign -1) or maximum (sign 1); unknown if any value is unknown. */
  static EvaluationValue extreme(EvaluationValue[] args, int sign) {
    EvaluationValue best = null;
    for (EvaluationValue value : flatten(args)) {
      if (value.isNullValue()) return Values.UNKNOWN;
      if (best == null || Integer.signum(value.getNumberValue().compareTo(best.getNumberValue())) == sign) {
        best = value;
      }
    }
    return best == null ? Values.UNKNOWN : best;
  }
}
