package fr.guichet.script;

import fr.guichet.expr.ValueType;
import java.util.regex.Pattern;

/**
 * A short text, bounded in length, optionally matching a pattern. Control and escape characters
 * are removed before anything is kept, shown or printed.
 */
public record ShortTextType(int maxLength, Pattern pattern, Text patternMessage) implements AnswerType {

  public QuestionKind kind() {
    return QuestionKind.TEXT;
  }

  public String name() {
    return "text";
  }

  public ValueType valueType() {
    return ValueType.TEXT;
  }

  public Parsed parse(String raw, ParseContext context) {
    String text = TextInput.clean(raw);
    if (text.isEmpty()) return Parsed.refuse("Écrivez une réponse.");
    if (text.length() > maxLength) {
      return Parsed.refuse("La réponse est trop longue : " + maxLength + " caractères au plus (ici " + text.length() + ").");
    }
    if (pattern != null && !pattern.matcher(text).matches()) {
      return Parsed.refuse(patternMessage == null ? "La réponse n'a pas la forme attendue." : patternMessage.fr());
    }
    return Parsed.ok(new Answer.Words(text));
  }

  public Answer restore(String stored, ParseContext context) {
    return new Answer.Words(TextInput.clean(stored));
  }

  public String display(Answer answer) {
    return answer instanceof Answer.Words words ? words.text() : "";
  }
}
