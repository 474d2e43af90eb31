package fr.guichet.engine;

import java.util.List;

/**
 * The one view-model between the engine and any screen: everything needed to show the current
 * question, in the interview's language, placeholders filled.
 */
public record QuestionView(
    String key,
    String questionId,
    String memberKey,
    String sectionId,
    String sectionTitle,
    String label,
    String help,
    String type,
    List<ChoiceView> choices,
    String currentAnswer,
    boolean allowUnknown,
    Progress progress) {

  public QuestionView {
    choices = List.copyOf(choices);
  }

  public boolean isInformation() {
    return type.equals("info");
  }

  public boolean hasHelp() {
    return help != null && !help.isBlank();
  }
}
