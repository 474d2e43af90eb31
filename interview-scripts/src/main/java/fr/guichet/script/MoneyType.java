package fr.guichet.script;

import fr.guichet.expr.ValueType;
import java.math.BigDecimal;
import java.util.Optional;

/** An amount in euros, cents at most; never negative unless the script allows it. */
public record MoneyType(BigDecimal min, BigDecimal max) implements AnswerType {

  public QuestionKind kind() {
    return QuestionKind.MONEY;
  }

  public String name() {
    return "money";
  }

  public ValueType valueType() {
    return ValueType.NUMBER;
  }

  public Parsed parse(String raw, ParseContext context) {
    Optional<BigDecimal> number = FrenchNumbers.parse(raw);
    if (number.isEmpty()) return Parsed.refuse("Écrivez un montant en euros, en chiffres (par exemple 1 234,50).");
    BigDecimal value = number.get();
    if (value.stripTrailingZeros().scale() > 2) {
      return Parsed.refuse("Écrivez le montant avec au plus deux chiffres après la virgule.");
    }
    BigDecimal lowest = min == null ? BigDecimal.ZERO : min;
    if (value.compareTo(lowest) < 0) {
      return Parsed.refuse(lowest.signum() == 0 ? "Le montant ne peut pas être négatif."
          : "Le montant doit être au moins " + FrenchNumbers.euros(lowest) + ".");
    }
    if (max != null && value.compareTo(max) > 0) return Parsed.refuse("Le montant doit être au plus " + FrenchNumbers.euros(max) + ".");
    return Parsed.ok(new Answer.Amount(value.setScale(2)));
  }

  public Answer restore(String stored, ParseContext context) {
    return new Answer.Amount(new BigDecimal(stored).setScale(2));
  }

  public String display(Answer answer) {
    return answer instanceof Answer.Amount amount ? FrenchNumbers.euros(amount.number()) : "";
  }
}
