package fr.guichet.engine;

import fr.guichet.script.QuestionKind;
import java.util.List;

/**
 * The one view-model between the engine and any screen: everything needed to show the current
 * question, in the interview's language, placeholders filled. {@code currentAnswer} is the answer
 * as shown; {@code currentInput} the text that, typed again, gives the same answer.
 */
public record QuestionView(
    String key,
    String questionId,
    String memberKey,
    String sectionId,
    String sectionTitle,
    String label,
    String help,
    QuestionKind kind,
    List<ChoiceView> choices,
    String currentAnswer,
    String currentInput,
    boolean allowUnknown,
    Progress progress) {

  public QuestionView {
    choices = List.copyOf(choices);
  }

  public boolean isInformation() {
    return kind == QuestionKind.INFO;
  }

  public boolean hasHelp() {
    return help != null && !help.isBlank();
  }
}
