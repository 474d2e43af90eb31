package fr.guichet.script;

import fr.guichet.expr.ValueType;
import java.util.Set;

/** Oui / non. Typed as oui, non, o, n, or 1 (oui) and 2 (non) as on the screen. */
public record YesNoType() implements AnswerType {

  private static final Set<String> YES = Set.of("oui", "o", "1", "yes", "y", "vrai", "true", "так");
  private static final Set<String> NO = Set.of("non", "n", "2", "no", "faux", "false", "ні");

  public QuestionKind kind() {
    return QuestionKind.YES_NO;
  }

  public String name() {
    return "yes_no";
  }

  public ValueType valueType() {
    return ValueType.BOOLEAN;
  }

  public Parsed parse(String raw, ParseContext context) {
    String folded = TextInput.fold(raw);
    if (YES.contains(folded)) return Parsed.ok(new Answer.Flag(true));
    if (NO.contains(folded)) return Parsed.ok(new Answer.Flag(false));
    return Parsed.refuse("Répondez par oui ou par non.");
  }

  public Answer restore(String stored, ParseContext context) {
    if (stored.equals("oui")) return new Answer.Flag(true);
    if (stored.equals("non")) return new Answer.Flag(false);
    throw new IllegalArgumentException("not a yes/no answer");
  }

  public String display(Answer answer) {
    return answer instanceof Answer.Flag flag && flag.yes() ? "Oui" : "Non";
  }
}
