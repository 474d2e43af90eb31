package fr.guichet.script;

import fr.guichet.expr.ValueType;
import java.util.List;
import java.util.Optional;

/** One choice among several. */
public record SingleChoiceType(List<Choice> choices) implements AnswerType {

  public SingleChoiceType {
    choices = List.copyOf(choices);
  }

  public QuestionKind kind() {
    return QuestionKind.SINGLE_CHOICE;
  }

  public String name() {
    return "single_choice";
  }

  public ValueType valueType() {
    return ValueType.TEXT;
  }

  public Parsed parse(String raw, ParseContext context) {
    Optional<Choice> choice = Choices.find(choices, raw);
    return choice.<Parsed>map(c -> Parsed.ok(new Answer.Pick(c.value())))
        .orElseGet(() -> Parsed.refuse("Choisissez une des réponses proposées (" + Choices.range(choices) + ")."));
  }

  public Answer restore(String stored, ParseContext context) {
    return Choices.byValue(choices, stored).map(c -> new Answer.Pick(c.value()))
        .orElseThrow(() -> new IllegalArgumentException("not a choice any more"));
  }

  public String display(Answer answer) {
    if (!(answer instanceof Answer.Pick pick)) return "";
    return Choices.byValue(choices, pick.choice()).map(c -> c.label().fr()).orElse(pick.choice());
  }
}
