package fr.guichet.script;

import java.util.List;
import java.util.Optional;

/** Finding a choice from what was typed: its number on screen, its value, or its label. */
final class Choices {

  private Choices() {}

  static Optional<Choice> find(List<Choice> choices, String typed) {
    String folded = TextInput.fold(typed);
    if (folded.matches("\\d{1,3}")) {
      int index = Integer.parseInt(folded) - 1;
      return index >= 0 && index < choices.size() ? Optional.of(choices.get(index)) : Optional.empty();
    }
    for (Choice choice : choices) {
      if (choice.foldedValue().equals(folded) || choice.foldedLabel().equals(folded)) {
        return Optional.of(choice);
      }
    }
    return Optional.empty();
  }

  static Optional<Choice> byValue(List<Choice> choices, String value) {
    return choices.stream().filter(c -> c.value().equals(value)).findFirst();
  }

  static String range(List<Choice> choices) {
    return choices.size() == 1 ? "1" : "un numéro de 1 à " + choices.size();
  }
}
