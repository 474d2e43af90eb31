package fr.guichet.expr;

import static fr.guichet.expr.ValueType.ANY;
import static fr.guichet.expr.ValueType.BOOLEAN;
import static fr.guichet.expr.ValueType.DATE;
import static fr.guichet.expr.ValueType.NUMBER;
import static fr.guichet.expr.ValueType.TEXT;

import com.ezylang.evalex.parser.ASTNode;
import com.ezylang.evalex.parser.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The argument and result types of the functions scripts may call. */
final class FunctionSignatures {

  private FunctionSignatures() {}

  static ValueType check(TypeChecker checker, ASTNode node) {
    Token token = node.getToken();
    String name = token.getValue().toLowerCase(Locale.ROOT);
    List<ASTNode> params = node.getParameters();
    if (name.equals("known") || name.equals("answered")) {
      if (params.size() != 1 || checker.symbolOf(params.get(0)).isEmpty()) {
        return checker.fail(token, name + "() prend le nom d'une question");
      }
      return BOOLEAN;
    }
    List<ValueType> args = new ArrayList<>();
    for (ASTNode param : params) args.add(checker.check(param));
    if (args.contains(ANY)) return result(name, args);
    return switch (name) {
      case "if" -> ifType(checker, token, args);
      case "age" -> expect(checker, token, args, NUMBER, DATE);
      case "years_between" -> expect(checker, token, args, NUMBER, DATE, DATE);
      case "today" -> expect(checker, token, args, DATE);
      case "date" -> expect(checker, token, args, DATE, NUMBER, NUMBER, NUMBER);
      case "has" -> {
        ValueType result = expect(checker, token, args, BOOLEAN, ValueType.LIST_TEXT, TEXT);
        if (result == BOOLEAN) checker.checkChoice(params.get(0), params.get(1));
        yield result;
      }
      case "count" -> list(checker, token, args, NUMBER, null);
      case "members" -> args.size() <= 1 && (args.isEmpty() || args.get(0) == TEXT) ? NUMBER
          : checker.fail(token, "members() prend au plus un rôle, entre guillemets");
      case "sum", "min", "max" -> aggregate(checker, token, args, NUMBER);
      case "any", "all" -> aggregate(checker, token, args, BOOLEAN);
      case "round" -> {
        ValueType result = expect(checker, token, args, NUMBER, NUMBER, NUMBER);
        yield result == NUMBER ? decimals(checker, token, params.get(1)) : result;
      }
      case "coalesce" -> args.size() == 2 && args.get(0) == args.get(1) ? args.get(0)
          : checker.fail(token, "coalesce(valeur, valeur de repli) prend deux valeurs du même type");
      default -> checker.fail(token, "fonction inconnue : " + token.getValue() + "()");
    };
  }

  /** round()'s decimals, when written as a number, are 0 to 10. */
  private static ValueType decimals(TypeChecker checker, Token token, ASTNode decimals) {
    Token literal = decimals.getToken();
    if (literal.getType() == Token.TokenType.NUMBER_LITERAL) {
      java.math.BigDecimal value;
      try {
        value = new java.math.BigDecimal(literal.getValue());
      } catch (NumberFormatException e) {
        return checker.fail(literal, "round(valeur, décimales) : de 0 à 10 décimales, pas " + literal.getValue());
      }
      if (value.signum() < 0 || value.compareTo(java.math.BigDecimal.TEN) > 0 || value.stripTrailingZeros().scale() > 0) {
        return checker.fail(literal, "round(valeur, décimales) : de 0 à 10 décimales, pas " + literal.getValue());
      }
    }
    return NUMBER;
  }

  private static ValueType result(String name, List<ValueType> args) {
    return switch (name) {
      case "any", "all", "has" -> BOOLEAN;
      case "today", "date" -> DATE;
      case "if", "coalesce" -> args.size() > 1 ? args.get(1) : ANY;
      default -> NUMBER;
    };
  }

  private static ValueType expect(TypeChecker checker, Token token, List<ValueType> args, ValueType result,
      ValueType... wanted) {
    if (!args.equals(List.of(wanted))) {
      List<String> names = new ArrayList<>();
      for (ValueType type : wanted) names.add(type.frenchName());
      return checker.fail(token, token.getValue() + "() attend (" + String.join(", ", names) + ")");
    }
    return result;
  }

  private static ValueType ifType(TypeChecker checker, Token token, List<ValueType> args) {
    if (args.size() != 3 || args.get(0) != BOOLEAN || args.get(1) != args.get(2)) {
      return checker.fail(token, "if(condition, valeur si oui, valeur si non) : deux valeurs du même type");
    }
    return args.get(1);
  }

  private static ValueType list(TypeChecker checker, Token token, List<ValueType> args, ValueType result,
      ValueType element) {
    if (args.size() != 1 || !args.get(0).isList()) {
      return checker.fail(token, token.getValue() + "() prend une liste (choix multiples ou foyer.champ)");
    }
    return result;
  }

  /** sum(foyer.revenu), max(a, b, c): one list or several values, all of the element type. */
  private static ValueType aggregate(TypeChecker checker, Token token, List<ValueType> args, ValueType element) {
    if (args.isEmpty()) return checker.fail(token, token.getValue() + "() prend au moins une valeur");
    for (ValueType arg : args) {
      if (arg != element && arg != element.listOf()) {
        return checker.fail(token, token.getValue() + "() s'applique à des " + element.frenchName() + ", pas à "
            + arg.frenchName());
      }
    }
    return element;
  }
}
