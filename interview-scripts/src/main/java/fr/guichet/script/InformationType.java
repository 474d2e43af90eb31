package fr.guichet.script;

import fr.guichet.expr.ValueType;

/** An information screen: nothing to type, it is acknowledged to go on. */
public record InformationType() implements AnswerType {

  public QuestionKind kind() {
    return QuestionKind.INFO;
  }

  public String name() {
    return "info";
  }

  public ValueType valueType() {
    return ValueType.BOOLEAN;
  }

  public Parsed parse(String raw, ParseContext context) {
    return Parsed.ok(new Answer.Seen());
  }

  public Answer restore(String stored, ParseContext context) {
    return new Answer.Seen();
  }

  public String display(Answer answer) {
    return "Lu";
  }
}
