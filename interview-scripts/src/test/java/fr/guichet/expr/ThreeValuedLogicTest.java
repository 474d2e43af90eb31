package fr.guichet.expr;

import static org.assertj.core.api.Assertions.assertThat;

import com.ezylang.evalex.data.EvaluationValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThreeValuedLogicTest {

  /** a = true, b = false, u = unknown (not answered), n = 10, d = 1960-05-01, k = unknown number. */
  private static final Map<String, EvaluationValue> VALUES = Map.of(
      "a", Values.of(true), "b", Values.of(false), "u", Values.UNKNOWN, "n", Values.of(BigDecimal.TEN),
      "d", Values.of(LocalDate.of(1960, 5, 1)), "k", Values.UNKNOWN, "t", Values.of("locataire"), "x", Values.ABSENT);

  private static final Symbols SYMBOLS = new Symbols() {
    @Override
    public Optional<Symbol> lookup(String name) {
      return switch (name) {
        case "a", "b", "u" -> Optional.of(Symbol.of(ValueType.BOOLEAN));
        case "n", "k" -> Optional.of(Symbol.of(ValueType.NUMBER));
        case "d" -> Optional.of(Symbol.of(ValueType.DATE));
        case "t", "x" -> Optional.of(Symbol.of(ValueType.TEXT));
        default -> Optional.empty();
      };
    }

    @Override
    public Optional<Symbol> field(String owner, String field) {
      return Optional.empty();
    }
  };

  private static final Scope SCOPE = new Scope() {
    @Override
    public EvaluationValue lookup(String name) {
      return VALUES.get(name);
    }

    @Override
    public Truth known(String name) {
      return Truth.of(!VALUES.get(name).isNullValue());
    }

    @Override
    public Truth answered(String name) {
      return known(name);
    }

    @Override
    public EvaluationValue memberCount(String role) {
      return Values.of(BigDecimal.ONE);
    }

    @Override
    public LocalDate today() {
      return LocalDate.of(2026, 11, 25);
    }
  };

  @ParameterizedTest(name = "{0} -> {1} (missing: {2})")
  @CsvSource(delimiter = ';', value = {
    "u || a;             TRUE;    ''",
    "a || u;             TRUE;    ''",
    "u && b;             FALSE;   ''",
    "b && u;             FALSE;   ''",
    "u && a;             UNKNOWN; u",
    "u || b;             UNKNOWN; u",
    "!u;                 UNKNOWN; u",
    "k > 5;              UNKNOWN; k",
    "k > 5 || n > 5;     TRUE;    ''",
    "k > 5 && n > 50;    FALSE;   ''",
    "(k + n) >= 0 && u;  UNKNOWN; k u",
    "if(u, 1, 1) == 1;   TRUE;    ''",
    "if(u, 1, 2) == 1;   UNKNOWN; u",
    "age(d) >= 65;       TRUE;    ''",
    "age(d) == 66;       TRUE;    ''",
    "known(k);           FALSE;   ''",
    "coalesce(k, 0) == 0; TRUE;   ''",
    "t == 'locataire';   TRUE;    ''",
    "sum(n, k) > 0;      UNKNOWN; k",
    "any(u, a);          TRUE;    ''",
    "all(u, b);          FALSE;   ''",
    "x == 'a';           FALSE;   ''",
    "n / 0 > 1;          UNKNOWN; ''",
    "(n - 4) * 2 / 3 == 4; TRUE;  ''",
    "x != 'a';           TRUE;    ''",
    "x == 'a' || u;      UNKNOWN; u",
    "coalesce(x, 'b') == 'b'; TRUE; ''",
  })
  void expression_whenSomeValuesUnknown_followsKleeneLogic(String source, Truth expected, String missing) {
    ExpressionCompiler.Result result = new ExpressionCompiler().compile(source, SYMBOLS, ValueType.BOOLEAN);
    assertThat(result.problems()).isEmpty();
    CompiledExpression.Outcome outcome = result.expression().explain(SCOPE);
    assertThat(Values.truth(outcome.value())).isEqualTo(expected);
    assertThat(String.join(" ", outcome.missing())).isEqualTo(missing);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = ';', value = {
    "n > 'abc';            compare deux nombres ou deux dates",
    "a + 1 > 2;            s'applique à des nombre",
    "zz == 1;              nom inconnu : « zz »",
    "n >;                  erreur de syntaxe",
    "sqrt(n) > 1;          fonction inconnue : sqrt()",
    "nope(n) > 1;          erreur de syntaxe",
    "d < 3;                compare deux nombres ou deux dates",
    "age(n) > 3;           age() attend (date)",
  })
  void expression_whenWrong_isRefusedWithAFrenchReason(String source, String reason) {
    ExpressionCompiler.Result result = new ExpressionCompiler().compile(source, SYMBOLS, ValueType.BOOLEAN);
    assertThat(result.ok()).isFalse();
    assertThat(result.problems().get(0).message()).contains(reason);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {"n + 1;BOOLEAN", "a;NUMBER"})
  void expression_whenResultTypeIsNotTheOneExpected_isRefused(String source, ValueType expected) {
    assertThat(new ExpressionCompiler().compile(source, SYMBOLS, expected).ok()).isFalse();
  }
}
