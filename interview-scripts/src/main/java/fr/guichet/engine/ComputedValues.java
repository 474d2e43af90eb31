package fr.guichet.engine;

import com.ezylang.evalex.data.EvaluationValue;
import fr.guichet.expr.Values;
import fr.guichet.script.Computed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every computed value of an interview as plain Java values (null when not known yet). */
final class ComputedValues {

  private final InterviewState state;

  ComputedValues(InterviewState state) {
    this.state = state;
  }

  Map<String, Object> all() {
    Map<String, Object> values = new LinkedHashMap<>();
    for (Computed computed : state.script.computed()) {
      if (!computed.perMember()) {
        values.put(computed.id(), plain(state.valueFor(null, computed.id())));
        continue;
      }
      for (Member member : state.members()) {
        values.put(member.key() + "." + computed.id(), plain(state.valueFor(member, computed.id())));
      }
    }
    return values;
  }

  static Object plain(EvaluationValue value) {
    if (value == null || value.isNullValue() || Values.isAbsent(value)) return null;
    if (value.isBooleanValue()) return value.getBooleanValue();
    if (value.isNumberValue()) return value.getNumberValue();
    if (value.isDateTimeValue()) return Values.toDate(value);
    if (value.isArrayValue()) {
      List<Object> list = new ArrayList<>();
      for (EvaluationValue item : value.getArrayValue()) list.add(plain(item));
      return list;
    }
    return value.getStringValue();
  }
}
