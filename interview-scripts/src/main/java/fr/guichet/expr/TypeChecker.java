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
import java.util.Optional;

/**
 * Infers the type of each node of an EvalEx syntax tree and reports, with positions, names that
 * do not exist, operators applied to the wrong types, and values compared with a choice question
 * that are not among its choices.
 */
final class TypeChecker {

  private final Symbols symbols;
  private final List<ExpressionProblem> problems = new ArrayList<>();

  TypeChecker(Symbols symbols) {
    this.symbols = symbols;
  }

  List<ExpressionProblem> problems() {
    return problems;
  }

  ValueType check(ASTNode node) {
    Token token = node.getToken();
    return switch (token.getType()) {
      case NUMBER_LITERAL -> NUMBER;
      case STRING_LITERAL -> TEXT;
      case VARIABLE_OR_CONSTANT -> variable(token);
      case STRUCTURE_SEPARATOR -> field(node);
      case INFIX_OPERATOR -> infix(node);
      case PREFIX_OPERATOR -> prefix(node);
      case FUNCTION -> FunctionSignatures.check(this, node);
      default -> fail(token, "élément non permis ici : « " + token.getValue() + " »");
    };
  }

  ValueType fail(Token token, String message) {
    problems.add(new ExpressionProblem(Math.max(0, token.getStartPosition() - 1), message));
    return ANY;
  }

  private ValueType variable(Token token) {
    String name = token.getValue();
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.equals("true") || lower.equals("false")) return BOOLEAN;
    return symbols.lookup(name).map(Symbol::type)
        .orElseGet(() -> fail(token, "nom inconnu : « " + name + " » (aucune question ni valeur calculée ne porte ce nom ici)"));
  }

  private ValueType field(ASTNode node) {
    ASTNode owner = node.getParameters().get(0);
    Token fieldToken = node.getParameters().get(1).getToken();
    if (owner.getToken().getType() != Token.TokenType.VARIABLE_OR_CONSTANT) {
      return fail(fieldToken, "un point ne suit qu'un nom de foyer ou de personne");
    }
    String ownerName = owner.getToken().getValue();
    Optional<Symbol> symbol = symbols.field(ownerName, fieldToken.getValue());
    return symbol.map(Symbol::type).orElseGet(() -> fail(fieldToken,
        "« " + ownerName + "." + fieldToken.getValue() + " » n'existe pas (question par personne inconnue, ou « "
            + ownerName + " » n'est ni le foyer ni une personne)"));
  }

  /** The operators with three-valued meaning (ThreeValuedOperators); EvalEx's others (^, %, +x) would fail on unknowns. */
  private static final java.util.Set<String> INFIX = java.util.Set.of("&&", "||", "==", "=", "!=", "<>", "<", "<=", ">", ">=", "+", "-", "*", "/");
  private static final String OPERATORS = "+ - * / == != < <= > >= && || !";

  private ValueType infix(ASTNode node) {
    Token token = node.getToken();
    if (!INFIX.contains(token.getValue())) {
      check(node.getParameters().get(0));
      check(node.getParameters().get(1));
      return fail(token, "opérateur « " + token.getValue() + " » non pris en charge (opérateurs : " + OPERATORS + ")");
    }
    ASTNode leftNode = node.getParameters().get(0);
    ASTNode rightNode = node.getParameters().get(1);
    ValueType left = check(leftNode);
    ValueType right = check(rightNode);
    if (left == ANY || right == ANY) return resultOf(token.getValue());
    switch (token.getValue()) {
      case "&&", "||" -> {
        requireBoth(token, left, right, BOOLEAN);
        return BOOLEAN;
      }
      case "==", "=", "!=", "<>" -> {
        if (left != right) {
          return fail(token, "comparaison impossible entre " + left.frenchName() + " et " + right.frenchName());
        }
        checkChoice(leftNode, rightNode);
        checkChoice(rightNode, leftNode);
        return BOOLEAN;
      }
      case "<", "<=", ">", ">=" -> {
        if (left != right || (left != NUMBER && left != DATE)) {
          return fail(token, "« " + token.getValue() + " » compare deux nombres ou deux dates, pas "
              + left.frenchName() + " et " + right.frenchName());
        }
        return BOOLEAN;
      }
      default -> {
        requireBoth(token, left, right, NUMBER);
        return NUMBER;
      }
    }
  }

  private static ValueType resultOf(String operator) {
    return switch (operator) {
      case "+", "-", "*", "/" -> NUMBER;
      default -> BOOLEAN;
    };
  }

  private void requireBoth(Token token, ValueType left, ValueType right, ValueType wanted) {
    if (left != wanted || right != wanted) {
      fail(token, "« " + token.getValue() + " » s'applique à des " + wanted.frenchName() + ", pas à "
          + left.frenchName() + " et " + right.frenchName());
    }
  }

  /** `situation == 'locatair'`, `has(besoins, 'expulsio')`: the text must be one of the question's choices. */
  void checkChoice(ASTNode named, ASTNode literal) {
    if (literal.getToken().getType() != Token.TokenType.STRING_LITERAL) return;
    Optional<Symbol> symbol = symbolOf(named);
    if (symbol.isEmpty() || symbol.get().choices().isEmpty()) return;
    String value = literal.getToken().getValue();
    if (!symbol.get().choices().contains(value)) {
      fail(literal.getToken(), "« " + value + " » n'est pas un des choix de « " + nameOf(named)
          + " » (choix : " + String.join(", ", new java.util.TreeSet<>(symbol.get().choices())) + ")");
    }
  }

  private static String nameOf(ASTNode node) {
    if (node.getToken().getType() == Token.TokenType.STRUCTURE_SEPARATOR) {
      return node.getParameters().get(0).getToken().getValue() + "." + node.getParameters().get(1).getToken().getValue();
    }
    return node.getToken().getValue();
  }

  Optional<Symbol> symbolOf(ASTNode node) {
    Token token = node.getToken();
    if (token.getType() == Token.TokenType.VARIABLE_OR_CONSTANT) return symbols.lookup(token.getValue());
    if (token.getType() == Token.TokenType.STRUCTURE_SEPARATOR) {
      return symbols.field(node.getParameters().get(0).getToken().getValue(),
          node.getParameters().get(1).getToken().getValue());
    }
    return Optional.empty();
  }

  private ValueType prefix(ASTNode node) {
    Token token = node.getToken();
    ValueType operand = check(node.getParameters().get(0));
    if (!token.getValue().equals("!") && !token.getValue().equals("-")) {
      return fail(token, "opérateur « " + token.getValue() + " » non pris en charge (opérateurs : " + OPERATORS + ")");
    }
    ValueType wanted = token.getValue().equals("!") ? BOOLEAN : NUMBER;
    if (operand != ANY && operand != wanted) {
      fail(token, "« " + token.getValue() + " » s'applique à un(e) " + wanted.frenchName() + ", pas à "
          + operand.frenchName());
    }
    return wanted;
  }
}
