package fr.guichet.expr;

import com.ezylang.evalex.EvaluationException;
import com.ezylang.evalex.Expression;
import com.ezylang.evalex.data.EvaluationValue;
import com.ezylang.evalex.parser.ASTNode;
import java.util.List;
import java.util.Set;

/**
 * An expression of a script, parsed once by EvalEx at load and evaluated with three-valued logic
 * against a {@link Scope}. Immutable and safe to share between interviews.
 */
public final class CompiledExpression {

  private final String source;
  private final Expression expression;
  private final ASTNode tree;
  private final Set<String> names;
  private final ValueType type;

  CompiledExpression(String source, Expression expression, ASTNode tree, Set<String> names, ValueType type) {
    this.source = source;
    this.expression = expression;
    this.tree = tree;
    this.names = Set.copyOf(names);
    this.type = type;
  }

  public String source() {
    return source;
  }

  /** The names this expression reads (questions, computed values, household members). */
  public Set<String> names() {
    return names;
  }

  public ValueType type() {
    return type;
  }

  /** The value in this scope; NULL_VALUE when it cannot be known yet. */
  public EvaluationValue evaluate(Scope scope) {
    return explain(scope).value();
  }

  public Truth truth(Scope scope) {
    return Values.truth(evaluate(scope));
  }

  /** The value and, when it is unknown, the unknown names that kept it from being decided. */
  public Outcome explain(Scope scope) {
    EvaluationContext context = EvaluationContext.open(scope);
    try {
      EvaluationValue value = expression.evaluateSubtree(tree);
      return new Outcome(value, value.isNullValue() ? List.copyOf(context.missing) : List.of());
    } catch (EvaluationException e) {
      throw new IllegalStateException(
          "expression '" + source + "' failed at offset " + e.getStartPosition() + ": " + e.getMessage(), e);
    } finally {
      context.close();
    }
  }

  @Override
  public String toString() {
    return source;
  }

  /** A value with the names that were missing to decide it. */
  public record Outcome(EvaluationValue value, List<String> missing) {
    public Outcome {
      missing = List.copyOf(missing);
    }
  }
}
