package fr.guichet.script;

import fr.guichet.expr.ValueType;
import java.math.BigDecimal;
import java.util.Optional;

/** A whole number, within optional bounds (a number of children, a percentage...). */
public record WholeNumberType(BigDecimal min, BigDecimal max, String unit) implements AnswerType {

  public QuestionKind kind() {
    return QuestionKind.INTEGER;
  }

  public String name() {
    return "integer";
  }

  public ValueType valueType() {
    return ValueType.NUMBER;
  }

  public Parsed parse(String raw, ParseContext context) {
    Optional<BigDecimal> number = FrenchNumbers.parse(raw);
    if (number.isEmpty()) return Parsed.refuse("Écrivez un nombre entier, en chiffres (par exemple 2).");
    BigDecimal value = number.get();
    if (value.stripTrailingZeros().scale() > 0) return Parsed.refuse("Écrivez un nombre entier, sans virgule.");
    if (min != null && value.compareTo(min) < 0) return Parsed.refuse("Le nombre doit être au moins " + FrenchNumbers.number(min) + ".");
    if (max != null && value.compareTo(max) > 0) return Parsed.refuse("Le nombre doit être au plus " + FrenchNumbers.number(max) + ".");
    return Parsed.ok(new Answer.Amount(value.setScale(0)));
  }

  public Answer restore(String stored, ParseContext context) {
    return new Answer.Amount(new BigDecimal(stored).setScale(0));
  }

  /** The number alone: "3 enfants" is how it is shown, "3" is what typing it again needs. */
  @Override
  public String input(Answer answer) {
    return answer instanceof Answer.Amount amount ? FrenchNumbers.number(amount.number()) : "";
  }

  public String display(Answer answer) {
    if (!(answer instanceof Answer.Amount amount)) return "";
    String number = FrenchNumbers.number(amount.number());
    return unit == null || unit.isBlank() ? number : number + " " + unit;
  }
}
