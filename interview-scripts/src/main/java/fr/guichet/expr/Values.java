package fr.guichet.expr;

import com.ezylang.evalex.data.EvaluationValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Conversions between Guichet's answer values and EvalEx values. Unknown is NULL_VALUE. */
public final class Values {

  /** Not known yet: the question applies but has no answer, or the answer is "je ne sais pas". */
  public static final EvaluationValue UNKNOWN = EvaluationValue.NULL_VALUE;

  /**
   * Absent: the question was not asked because it does not apply (and gives no if_skipped
   * value). It equals nothing, reads as false, and drops out of sums and lists.
   */
  public static final EvaluationValue ABSENT = EvaluationValue.UNDEFINED;

  private Values() {}

  public static EvaluationValue of(boolean value) {
    return value ? EvaluationValue.TRUE : EvaluationValue.FALSE;
  }

  public static EvaluationValue of(BigDecimal value) {
    return EvaluationValue.numberValue(value);
  }

  public static EvaluationValue of(String value) {
    return EvaluationValue.stringValue(value);
  }

  public static EvaluationValue of(LocalDate date) {
    return EvaluationValue.dateTimeValue(date.atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  public static EvaluationValue ofList(List<EvaluationValue> values) {
    return EvaluationValue.arrayValue(values);
  }

  public static LocalDate toDate(EvaluationValue value) {
    return value.getDateTimeValue().atZone(ZoneOffset.UTC).toLocalDate();
  }

  public static boolean isAbsent(EvaluationValue value) {
    return value.getDataType() == EvaluationValue.DataType.UNDEFINED;
  }

  public static Truth truth(EvaluationValue value) {
    if (value == null || value.isNullValue()) return Truth.UNKNOWN;
    if (isAbsent(value)) return Truth.FALSE;
    return Truth.of(Boolean.TRUE.equals(value.getBooleanValue()));
  }

  /** Equality as the interview means it: numbers by value, texts and dates exactly. */
  static boolean same(EvaluationValue a, EvaluationValue b) {
    if (a.isNullValue() || b.isNullValue()) return a.isNullValue() && b.isNullValue();
    if (isAbsent(a) || isAbsent(b)) return isAbsent(a) && isAbsent(b);
    if (a.isNumberValue() && b.isNumberValue()) return a.getNumberValue().compareTo(b.getNumberValue()) == 0;
    if (a.getDataType() != b.getDataType()) return false;
    return a.getValue().equals(b.getValue());
  }
}
