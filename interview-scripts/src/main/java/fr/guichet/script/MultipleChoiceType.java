package fr.guichet.script;

import fr.guichet.expr.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Several choices among a list, typed as numbers or values separated by commas or spaces. A choice
 * marked exclusive ("aucun") cannot be combined with others.
 */
public record MultipleChoiceType(List<Choice> choices) implements AnswerType {

  public MultipleChoiceType {
    choices = List.copyOf(choices);
  }

  public QuestionKind kind() {
    return QuestionKind.MULTIPLE_CHOICE;
  }

  public String name() {
    return "multiple_choice";
  }

  public ValueType valueType() {
    return ValueType.LIST_TEXT;
  }

  public Parsed parse(String raw, ParseContext context) {
    List<String> picked = new ArrayList<>();
    for (String part : TextInput.clean(raw).split("\\s*[,;]\\s*|\\s+(?=\\d)")) {
      if (part.isBlank()) continue;
      Optional<Choice> choice = Choices.find(choices, part);
      if (choice.isEmpty()) {
        return Parsed.refuse("« " + TextInput.quoted(part) + " » n'est pas une des réponses proposées (" + Choices.range(choices) + ").");
      }
      if (!picked.contains(choice.get().value())) picked.add(choice.get().value());
    }
    if (picked.isEmpty()) return Parsed.refuse("Choisissez au moins une réponse.");
    for (Choice choice : choices) {
      if (choice.exclusive() && picked.contains(choice.value()) && picked.size() > 1) {
        return Parsed.refuse("« " + choice.label().fr() + " » ne peut pas être choisi avec d'autres réponses.");
      }
    }
    return Parsed.ok(new Answer.Picks(ordered(picked)));
  }

  private List<String> ordered(List<String> picked) {
    List<String> ordered = new ArrayList<>();
    for (Choice choice : choices) if (picked.contains(choice.value())) ordered.add(choice.value());
    return ordered;
  }

  public Answer restore(String stored, ParseContext context) {
    List<String> values = new ArrayList<>();
    for (String value : stored.split(",")) {
      if (value.isEmpty()) continue;
      if (Choices.byValue(choices, value).isEmpty()) throw new IllegalArgumentException("not a choice any more");
      values.add(value);
    }
    return new Answer.Picks(values);
  }

  @Override
  public String input(Answer answer) {
    return answer instanceof Answer.Picks picks ? String.join(", ", picks.choices()) : "";
  }

  public String display(Answer answer) {
    if (!(answer instanceof Answer.Picks picks)) return "";
    List<String> labels = new ArrayList<>();
    for (String value : picks.choices()) {
      labels.add(Choices.byValue(choices, value).map(c -> c.label().fr()).orElse(value));
    }
    return String.join(", ", labels);
  }
}
