package fr.guichet.expr;

import com.ezylang.evalex.EvaluationException;
import com.ezylang.evalex.Expression;
import com.ezylang.evalex.data.EvaluationValue;
import com.ezylang.evalex.functions.AbstractFunction;
import com.ezylang.evalex.functions.FunctionIfc;
import com.ezylang.evalex.functions.FunctionParameter;
import com.ezylang.evalex.parser.ASTNode;
import com.ezylang.evalex.parser.Token;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;

/**
 * The functions a script may call, evaluated by EvalEx with three-valued semantics: an unknown
 * argument gives an unknown result, except where the function is about knowing ({@code known},
 * {@code answered}, {@code coalesce}) or where the known part decides ({@code if}). Absent values
 * (questions that do not apply) drop out of aggregates.
 */
final class ThreeValuedFunctions {

  private ThreeValuedFunctions() {}

  static Map<String, FunctionIfc> all() {
    return Map.ofEntries(
        Map.entry("if", new If()),
        Map.entry("age", new Age()),
        Map.entry("years_between", new YearsBetween()),
        Map.entry("today", new Today()),
        Map.entry("date", new DateOf()),
        Map.entry("has", new Has()),
        Map.entry("count", new Count()),
        Map.entry("members", new Members()),
        Map.entry("sum", new Sum()),
        Map.entry("any", new AnyOf()),
        Map.entry("all", new AllOf()),
        Map.entry("min", new Min()),
        Map.entry("max", new Max()),
        Map.entry("round", new Round()),
        Map.entry("known", new Known()),
        Map.entry("answered", new Answered()),
        Map.entry("coalesce", new Coalesce()));
  }

  private static boolean unknown(EvaluationValue... values) {
    for (EvaluationValue value : values) if (value.isNullValue()) return true;
    return false;
  }

  private static boolean absent(EvaluationValue... values) {
    for (EvaluationValue value : values) if (Values.isAbsent(value)) return true;
    return false;
  }

  private static String variableName(Token token, EvaluationValue lazy) throws EvaluationException {
    ASTNode node = lazy.getExpressionNode();
    if (node.getToken().getType() != Token.TokenType.VARIABLE_OR_CONSTANT) {
      throw new EvaluationException(token, token.getValue() + "() takes the name of a question");
    }
    return node.getToken().getValue();
  }

  @FunctionParameter(name = "condition")
  @FunctionParameter(name = "then", isLazy = true)
  @FunctionParameter(name = "otherwise", isLazy = true)
  static final class If extends AbstractFunction {
    @Override
    public EvaluationValue evaluate(Expression expression, Token token, EvaluationValue... args)
        throws EvaluationException {
      Truth condition = Values.truth(args[0]);
      if (condition == Truth.TRUE) return expression.evaluateSubtree(args[1].getExpressionNode());
      if (condition == Truth.FALSE) return expression.evaluateSubtree(args[2].getExpressionNode());
      EvaluationValue then = expression.evaluateSubtree(args[1].getExpressionNode());
      EvaluationValue otherwise = expression.evaluateSubtree(args[2].getExpressionNode());
      return Values.same(then, otherwise) ? then : Values.UNKNOWN;
    }
  }

  /** Age in whole years on the interview's date. */
  @FunctionParameter(name = "birthDate")
  static final class Age extends AbstractFunction {
    @Override
    public EvaluationValue evaluate(Expression expression, Token token, EvaluationValue... args) {
      if (absent(args)) return Values.ABSENT;
      if (unknown(args)) return Values.UNKNOWN;
      LocalDate today = EvaluationContext.current().scope.today();
      if (today == null) return Values.UNKNOWN;
      return Values.of(BigDecimal.valueOf(Period.between(Values.toDate(args[0]), today).getYears()));
    }
  }

  @FunctionParameter(name = "from")
  @FunctionParameter(name = "to")
  static final class YearsBetween extends AbstractFunction {
    @Override
    public EvaluationValue evaluate(Expression expression, Token token, EvaluationValue... args) {
      if (absent(args)) return Values.ABSENT;
      if (unknown(args)) return Values.UNKNOWN;
      Period period = Period.between(Values.toDate(args[0]), Values.toDate(args[1]));
      return Values.of(BigDecimal.valueOf(period.getYears()));
    }
  }

  static final class Today extends AbstractFunction {
    @Override
    public EvaluationValue evaluate(Expression expression, Token token, EvaluationValue... args) {
      LocalDate today = EvaluationContext.current().scope.today();
      return today == null ? Values.UNKNOWN : Values.of(today);
    }
  }

  /** A date from its numbers; unknown when they make no calendar date (31 February, month 13). */
  @FunctionParameter(name = "year")
  @FunctionParameter(name = "month")
  @FunctionParameter(name = "day")
  static final class DateOf extends AbstractFunction {
    @Override
    public EvaluationValue evaluate(Expression expression, Token token, EvaluationValue... args)
        throws EvaluationException {
      if (absent(args)) return Values.ABSENT;
      if (unknown(args)) return Values.UNKNOWN;
      try {
        return Values.of(
            LocalDate.of(
                args[0].getNumberValue().intValueExact(),
                args[1].getNumberValue().intValueExact(),
                args[2].getNumberValue().intValueExact()));
      } catch (RuntimeException e) {
        // Like a division by zero: unknown, rather than an error in the middle of an interview.
        return Values.UNKNOWN;
      }
    }
  }

  /** Whether a multiple-choice answer includes a value. */
  @FunctionParameter(name = "choices")
  @FunctionParameter(name = "value")
  static final class Has extends AbstractFunction {
    @Override
    public EvaluationValue evaluate(Expression expression, Token token, EvaluationValue... args) {
      if (absent(args)) return EvaluationValue.FALSE;
      if (unknown(args)) return Values.UNKNOWN;
      for (EvaluationValue item : args[0].getArrayValue()) {
        if (Values.same(item, args[1])) return EvaluationValue.TRUE;
      }
      return EvaluationValue.FALSE;
    }
  }

  @FunctionParameter(name = "list")
  static final class Count extends AbstractFunction {
    @Override
    public EvaluationValue evaluate(Expression expression, Token token, EvaluationValue... args) {
      if (absent(args)) return Values.of(BigDecimal.ZERO);
      if (unknown(args)) return Values.UNKNOWN;
      return Values.of(BigDecimal.valueOf(args[0].getArrayValue().size()));
    }
  }

  /** Number of household members, of a role when one is given. */
  @FunctionParameter(name = "role", isVarArg = true)
  static final class Members extends AbstractFunction {
    @Override
    public EvaluationValue evaluate(Expression expression, Token token, EvaluationValue... args) {
      String role = args.length == 0 ? null : args[0].getStringValue();
      return EvaluationContext.current().scope.memberCount(role);
    }
  }

  /** Sum of a list of numbers (a household field); unknown if any counted member's is. */
  @FunctionParameter(name = "values", isVarArg = true)
  static final class Sum extends AbstractFunction {
    @Override
    public EvaluationValue evaluate(Expression expression, Token token, EvaluationValue... args) {
      BigDecimal total = BigDecimal.ZERO;
      for (EvaluationValue value : Aggregates.flatten(args)) {
        if (value.isNullValue()) return Values.UNKNOWN;
        total = total.add(value.getNumberValue());
      }
      return Values.of(total);
    }
  }

  @FunctionParameter(name = "values", isVarArg = true)
  static final class AnyOf extends AbstractFunction {
    @Override
    public EvaluationValue evaluate(Expression expression, Token token, EvaluationValue... args) {
      Truth result = Truth.FALSE;
      for (EvaluationValue value : Aggregates.flatten(args)) result = result.or(Values.truth(value));
      return Aggregates.toValue(result);
    }
  }

  @FunctionParameter(name = "values", isVarArg = true)
  static final class AllOf extends AbstractFunction {
    @Override
    public EvaluationValue evaluate(Expression expression, Token token, EvaluationValue... args) {
      Truth result = Truth.TRUE;
      for (EvaluationValue value : Aggregates.flatten(args)) result = result.and(Values.truth(value));
      return Aggregates.toValue(result);
    }
  }

  @FunctionParameter(name = "values", isVarArg = true)
  static final class Min extends AbstractFunction {
    @Override
    public EvaluationValue evaluate(Expression expression, Token token, EvaluationValue... args) {
      return Aggregates.extreme(args, -1);
    }
  }

  @FunctionParameter(name = "values", isVarArg = true)
  static final class Max extends AbstractFunction {
    @Override
    public EvaluationValue evaluate(Expression expression, Token token, EvaluationValue... args) {
      return Aggregates.extreme(args, 1);
    }
  }

  /** Rounds half up to the given number of decimals, 0 to 10 (amounts in euros use 2); unknown outside. */
  @FunctionParameter(name = "value")
  @FunctionParameter(name = "decimals")
  static final class Round extends AbstractFunction {
    @Override
    public EvaluationValue evaluate(Expression expression, Token token, EvaluationValue... args) {
      if (absent(args)) return Values.ABSENT;
      if (unknown(args)) return Values.UNKNOWN;
      BigDecimal decimals = args[1].getNumberValue();
      // round(x, 99999999) would build a number of a hundred million digits: decimals stay in 0..10.
      if (decimals.compareTo(BigDecimal.ZERO) < 0 || decimals.compareTo(BigDecimal.TEN) > 0) return Values.UNKNOWN;
      return Values.of(args[0].getNumberValue().setScale(decimals.intValue(), RoundingMode.HALF_UP));
    }
  }

  @FunctionParameter(name = "question", isLazy = true)
  static final class Known extends AbstractFunction {
    @Override
    public EvaluationValue evaluate(Expression expression, Token token, EvaluationValue... args)
        throws EvaluationException {
      return Aggregates.toValue(EvaluationContext.current().scope.known(variableName(token, args[0])));
    }
  }

  @FunctionParameter(name = "question", isLazy = true)
  static final class Answered extends AbstractFunction {
    @Override
    public EvaluationValue evaluate(Expression expression, Token token, EvaluationValue... args)
        throws EvaluationException {
      return Aggregates.toValue(EvaluationContext.current().scope.answered(variableName(token, args[0])));
    }
  }

  /** The first value that is known; unknown when none is. */
  @FunctionParameter(name = "value", isLazy = true)
  @FunctionParameter(name = "fallback", isLazy = true)
  static final class Coalesce extends AbstractFunction {
    @Override
    public EvaluationValue evaluate(Expression expression, Token token, EvaluationValue... args)
        throws EvaluationException {
      EvaluationContext context = EvaluationContext.current();
      int mark = context.mark();
      EvaluationValue value = expression.evaluateSubtree(args[0].getExpressionNode());
      if (!value.isNullValue() && !Values.isAbsent(value)) return value;
      if (context.scope.checkingScript()) return Values.UNKNOWN;
      context.forgetSince(mark);
      return expression.evaluateSubtree(args[1].getExpressionNode());
    }
  }
}
