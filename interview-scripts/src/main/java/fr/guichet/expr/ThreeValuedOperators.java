package fr.guichet.expr;

import static com.ezylang.evalex.operators.OperatorIfc.OPERATOR_PRECEDENCE_ADDITIVE;
import static com.ezylang.evalex.operators.OperatorIfc.OPERATOR_PRECEDENCE_AND;
import static com.ezylang.evalex.operators.OperatorIfc.OPERATOR_PRECEDENCE_COMPARISON;
import static com.ezylang.evalex.operators.OperatorIfc.OPERATOR_PRECEDENCE_EQUALITY;
import static com.ezylang.evalex.operators.OperatorIfc.OPERATOR_PRECEDENCE_MULTIPLICATIVE;
import static com.ezylang.evalex.operators.OperatorIfc.OPERATOR_PRECEDENCE_OR;
import static com.ezylang.evalex.operators.OperatorIfc.OPERATOR_PRECEDENCE_UNARY;

import com.ezylang.evalex.EvaluationException;
import com.ezylang.evalex.Expression;
import com.ezylang.evalex.data.EvaluationValue;
import com.ezylang.evalex.operators.AbstractOperator;
import com.ezylang.evalex.operators.InfixOperator;
import com.ezylang.evalex.operators.OperatorIfc;
import com.ezylang.evalex.operators.PrefixOperator;
import com.ezylang.evalex.parser.Token;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;

/**
 * EvalEx operators with Kleene's three-valued logic: an unknown operand (NULL) makes the result
 * unknown unless the known operand decides it (unknown or true is true; unknown and false is
 * false). Arithmetic and comparisons on an unknown operand are unknown. An absent operand (a
 * question that does not apply) compares false, reads false, and stays absent in arithmetic.
 */
final class ThreeValuedOperators {

  private ThreeValuedOperators() {}

  static Map<String, OperatorIfc> all() {
    return Map.ofEntries(
        Map.entry("&&", new And()),
        Map.entry("||", new Or()),
        Map.entry("!", new Not()),
        Map.entry("==", new Equals()),
        Map.entry("=", new Equals()),
        Map.entry("!=", new NotEquals()),
        Map.entry("<>", new NotEquals()),
        Map.entry("<", new Less()),
        Map.entry("<=", new LessOrEqual()),
        Map.entry(">", new Greater()),
        Map.entry(">=", new GreaterOrEqual()),
        Map.entry("+", new Plus()),
        Map.entry("-", new Minus()),
        Map.entry("*", new Times()),
        Map.entry("/", new Divide()));
  }

  static Map<String, OperatorIfc> prefix() {
    return Map.of("-", new Negate(), "!", new Not());
  }

  private static boolean anyAbsent(EvaluationValue... operands) {
    for (EvaluationValue operand : operands) if (Values.isAbsent(operand)) return true;
    return false;
  }

  private static boolean anyUnknown(EvaluationValue... operands) {
    for (EvaluationValue operand : operands) if (operand.isNullValue()) return true;
    return false;
  }

  private static int compare(Token token, EvaluationValue left, EvaluationValue right)
      throws EvaluationException {
    if (left.getDataType() != right.getDataType() && !(left.isNumberValue() && right.isNumberValue())) {
      throw EvaluationException.ofUnsupportedDataTypeInOperation(token);
    }
    return left.compareTo(right);
  }

  private static MathContext math(Expression expression) {
    return expression.getConfiguration().getMathContext();
  }

  private static BigDecimal number(Token token, EvaluationValue value) throws EvaluationException {
    if (!value.isNumberValue()) throw EvaluationException.ofUnsupportedDataTypeInOperation(token);
    return value.getNumberValue();
  }

  @InfixOperator(precedence = OPERATOR_PRECEDENCE_AND, operandsLazy = true)
  static final class And extends AbstractOperator {
    @Override
    public EvaluationValue evaluate(Expression expression, Token token, EvaluationValue... operands)
        throws EvaluationException {
      EvaluationContext context = EvaluationContext.current();
      int mark = context.mark();
      Truth left = Values.truth(expression.evaluateSubtree(operands[0].getExpressionNode()));
      if (left == Truth.FALSE) {
        context.forgetSince(mark);
        return EvaluationValue.FALSE;
      }
      int rightMark = context.mark();
      Truth right = Values.truth(expression.evaluateSubtree(operands[1].getExpressionNode()));
      if (right == Truth.FALSE) {
        context.forgetSince(mark);
        return EvaluationValue.FALSE;
      }
      if (left == Truth.TRUE && right == Truth.TRUE) context.forgetSince(rightMark);
      return left.and(right) == Truth.TRUE ? EvaluationValue.TRUE : Values.UNKNOWN;
    }
  }

  @InfixOperator(precedence = OPERATOR_PRECEDENCE_OR, operandsLazy = true)
  static final class Or extends AbstractOperator {
    @Override
    public EvaluationValue evaluate(Expression expression, Token token, EvaluationValue... operands)
        throws EvaluationException {
      EvaluationContext context = EvaluationContext.current();
      int mark = context.mark();
      Truth left = Values.truth(expression.evaluateSubtree(operands[0].getExpressionNode()));
      if (left == Truth.TRUE) {
        context.forgetSince(mark);
        return EvaluationValue.TRUE;
      }
      Truth right = Values.truth(expression.evaluateSubtree(operands[1].getExpressionNode()));
      if (right == Truth.TRUE) {
        context.forgetSince(mark);
        return EvaluationValue.TRUE;
      }
      return left.or(right) == Truth.FALSE ? EvaluationValue.FALSE : Values.UNKNOWN;
    }
  }

  @PrefixOperator(precedence = OPERATOR_PRECEDENCE_UNARY, leftAssociative = false)
  static final class Not extends AbstractOperator {
    @Override
    public EvaluationValue evaluate(Expression expression, Token token, EvaluationValue... operands) {
      Truth truth = Values.truth(operands[0]).not();
      return truth == Truth.UNKNOWN ? Values.UNKNOWN : Values.of(truth == Truth.TRUE);
    }
  }

  @PrefixOperator(precedence = OPERATOR_PRECEDENCE_UNARY, leftAssociative = false)
  static final class Negate extends AbstractOperator {
    @Override
    public EvaluationValue evaluate(Expression expression, Token token, EvaluationValue... operands)
        throws EvaluationException {
      if (anyAbsent(operands)) return Values.ABSENT;
      if (anyUnknown(operands)) return Values.UNKNOWN;
      return Values.of(number(token, operands[0]).negate());
    }
  }

  @InfixOperator(precedence = OPERATOR_PRECEDENCE_EQUALITY)
  static final class Equals extends AbstractOperator {
    @Override
    public EvaluationValue evaluate(Expression expression, Token token, EvaluationValue... operands) {
      if (anyAbsent(operands)) return EvaluationValue.FALSE;
      if (anyUnknown(operands)) return Values.UNKNOWN;
      return Values.of(Values.same(operands[0], operands[1]));
    }
  }

  @InfixOperator(precedence = OPERATOR_PRECEDENCE_EQUALITY)
  static final class NotEquals extends AbstractOperator {
    @Override
    public EvaluationValue evaluate(Expression expression, Token token, EvaluationValue... operands) {
      if (anyAbsent(operands)) return EvaluationValue.TRUE;
      if (anyUnknown(operands)) return Values.UNKNOWN;
      return Values.of(!Values.same(operands[0], operands[1]));
    }
  }

  /** An ordering comparison: false when a side is absent, unknown when a side is unknown. */
  private abstract static class Comparison extends AbstractOperator {
    abstract boolean holds(int comparison);

    @Override
    public EvaluationValue evaluate(Expression expression, Token token, EvaluationValue... operands)
        throws EvaluationException {
      if (anyAbsent(operands)) return EvaluationValue.FALSE;
      if (anyUnknown(operands)) return Values.UNKNOWN;
      return Values.of(holds(compare(token, operands[0], operands[1])));
    }
  }

  @InfixOperator(precedence = OPERATOR_PRECEDENCE_COMPARISON)
  static final class Less extends Comparison {
    boolean holds(int comparison) {
      return comparison < 0;
    }
  }

  @InfixOperator(precedence = OPERATOR_PRECEDENCE_COMPARISON)
  static final class LessOrEqual extends Comparison {
    boolean holds(int comparison) {
      return comparison <= 0;
    }
  }

  @InfixOperator(precedence = OPERATOR_PRECEDENCE_COMPARISON)
  static final class Greater extends Comparison {
    boolean holds(int comparison) {
      return comparison > 0;
    }
  }

  @InfixOperator(precedence = OPERATOR_PRECEDENCE_COMPARISON)
  static final class GreaterOrEqual extends Comparison {
    boolean holds(int comparison) {
      return comparison >= 0;
    }
  }

  /** Arithmetic on two numbers: absent stays absent, unknown stays unknown. */
  private abstract static class Arithmetic extends AbstractOperator {
    abstract EvaluationValue apply(BigDecimal left, BigDecimal right, MathContext math);

    @Override
    public EvaluationValue evaluate(Expression expression, Token token, EvaluationValue... operands)
        throws EvaluationException {
      if (anyAbsent(operands)) return Values.ABSENT;
      if (anyUnknown(operands)) return Values.UNKNOWN;
      return apply(number(token, operands[0]), number(token, operands[1]), math(expression));
    }
  }

  @InfixOperator(precedence = OPERATOR_PRECEDENCE_ADDITIVE)
  static final class Plus extends Arithmetic {
    EvaluationValue apply(BigDecimal left, BigDecimal right, MathContext math) {
      return Values.of(left.add(right, math));
    }
  }

  @InfixOperator(precedence = OPERATOR_PRECEDENCE_ADDITIVE)
  static final class Minus extends Arithmetic {
    EvaluationValue apply(BigDecimal left, BigDecimal right, MathContext math) {
      return Values.of(left.subtract(right, math));
    }
  }

  @InfixOperator(precedence = OPERATOR_PRECEDENCE_MULTIPLICATIVE)
  static final class Times extends Arithmetic {
    EvaluationValue apply(BigDecimal left, BigDecimal right, MathContext math) {
      return Values.of(left.multiply(right, math));
    }
  }

  /** Division; a division by zero is unknown rather than an error in the middle of an interview. */
  @InfixOperator(precedence = OPERATOR_PRECEDENCE_MULTIPLICATIVE)
  static final class Divide extends Arithmetic {
    EvaluationValue apply(BigDecimal left, BigDecimal right, MathContext math) {
      return right.signum() == 0 ? Values.UNKNOWN : Values.of(left.divide(right, math));
    }
  }
}
