package fr.guichet.expr;

import com.ezylang.evalex.Expression;
import com.ezylang.evalex.config.ExpressionConfiguration;
import com.ezylang.evalex.data.EvaluationValue;
import com.ezylang.evalex.parser.ASTNode;
import com.ezylang.evalex.parser.ParseException;
import java.math.MathContext;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses script expressions with EvalEx (configured with Guichet's three-valued operators and
 * functions only) and type-checks them against the names the script declares.
 */
public final class ExpressionCompiler {

  private static final ExpressionConfiguration CONFIGURATION = configuration();

  /** The result of compiling: an expression, or the problems that prevent it. */
  public record Result(CompiledExpression expression, List<ExpressionProblem> problems) {
    public Result {
      problems = List.copyOf(problems);
    }

    public boolean ok() {
      return problems.isEmpty();
    }
  }

  @SuppressWarnings("unchecked")
  private static ExpressionConfiguration configuration() {
    ExpressionConfiguration configuration =
        ExpressionConfiguration.builder()
            .dataAccessorSupplier(ScopeAccessor::new)
            .singleQuoteStringLiteralsAllowed(true)
            .implicitMultiplicationAllowed(false)
            .arraysAllowed(false)
            .mathContext(MathContext.DECIMAL64)
            .zoneId(ZoneOffset.UTC)
            .evaluationValueConverter(new DirectConverter())
            .defaultConstants(Map.of("true", EvaluationValue.TRUE, "false", EvaluationValue.FALSE))
            .build();
    configuration.withAdditionalOperators(ThreeValuedOperators.all().entrySet().toArray(Map.Entry[]::new));
    configuration.withAdditionalOperators(ThreeValuedOperators.prefix().entrySet().toArray(Map.Entry[]::new));
    configuration.withAdditionalFunctions(ThreeValuedFunctions.all().entrySet().toArray(Map.Entry[]::new));
    return configuration;
  }

  /** Compiles an expression whose result must have the expected type (ANY accepts all). */
  public Result compile(String source, Symbols symbols, ValueType expected) {
    if (source == null || source.isBlank()) {
      return new Result(null, List.of(new ExpressionProblem(0, "expression vide")));
    }
    Expression expression = new Expression(source, CONFIGURATION);
    ASTNode tree;
    try {
      tree = expression.getAbstractSyntaxTree();
      expression.validate();
    } catch (ParseException e) {
      return new Result(null, List.of(new ExpressionProblem(Math.max(0, e.getStartPosition() - 1), syntax(e))));
    } catch (RuntimeException e) {
      return new Result(null, List.of(new ExpressionProblem(0, "expression illisible : " + e.getMessage())));
    }
    TypeChecker checker = new TypeChecker(symbols);
    ValueType type = checker.check(tree);
    List<ExpressionProblem> problems = new ArrayList<>(checker.problems());
    if (problems.isEmpty() && expected != ValueType.ANY && type != expected
        && !(expected == ValueType.NUMBER && type == ValueType.NUMBER)) {
      problems.add(new ExpressionProblem(0,
          "l'expression donne un(e) " + type.frenchName() + " là où il faut un(e) " + expected.frenchName()));
    }
    if (!problems.isEmpty()) return new Result(null, problems);
    return new Result(new CompiledExpression(source, expression, tree, names(tree), type), List.of());
  }

  /** The names an expression reads, without checking them; empty when it does not parse. */
  public static Set<String> namesOf(String source) {
    try {
      return names(new Expression(source, CONFIGURATION).getAbstractSyntaxTree());
    } catch (ParseException | RuntimeException e) {
      return Set.of();
    }
  }

  private static String syntax(ParseException e) {
    return "erreur de syntaxe : " + e.getMessage();
  }

  private static Set<String> names(ASTNode tree) {
    Set<String> names = new HashSet<>();
    collect(tree, names);
    return names;
  }

  private static void collect(ASTNode node, Set<String> names) {
    switch (node.getToken().getType()) {
      case VARIABLE_OR_CONSTANT -> names.add(node.getToken().getValue());
      case STRUCTURE_SEPARATOR -> {
        ASTNode owner = node.getParameters().get(0);
        names.add(owner.getToken().getValue() + "." + node.getParameters().get(1).getToken().getValue());
        collect(owner, names);
      }
      default -> node.getParameters().forEach(child -> collect(child, names));
    }
  }
}
