package fr.guichet.engine;

import fr.guichet.script.Answer;
import fr.guichet.script.Choice;
import fr.guichet.script.MultipleChoiceType;
import fr.guichet.script.Question;
import fr.guichet.script.Section;
import fr.guichet.script.SingleChoiceType;
import fr.guichet.script.YesNoType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds what screens show from the interview state: the question view, the review, progress. */
final class ViewBuilder {

  private final InterviewState state;
  private final Map<String, Section> sections = new HashMap<>();

  ViewBuilder(InterviewState state) {
    this.state = state;
    for (Section section : state.script.sections()) sections.put(section.id(), section);
  }

  QuestionView view(Step step, Progress progress) {
    Question question = step.question;
    Answer answer = state.answer(step.key);
    String role = step.member == null ? null : step.member.role();
    return new QuestionView(
        step.key,
        question.id(),
        step.member == null ? null : step.member.key(),
        question.sectionId(),
        sections.get(question.sectionId()).title().shown(state.language),
        Labels.resolve(question.labelFor(role), step.member, state.today(), state.language),
        Labels.resolve(question.help(), step.member, state.today(), state.language),
        question.type().kind(),
        choices(question, answer, state.language),
        answer == null ? null : display(step, answer),
        answer == null ? null : answer instanceof Answer.DontKnow ? "je ne sais pas" : question.type().input(answer),
        question.allowUnknown(),
        progress);
  }

  String display(Step step, Answer answer) {
    if (answer instanceof Answer.DontKnow) return EngineTexts.word("dont_know", state.language);
    if (answer instanceof Answer.Flag flag) return EngineTexts.word(flag.yes() ? "yes" : "no", state.language);
    return shownIn(step.question, answer, state.language);
  }

  /** A choice answer shows its choices' labels in the language; others as the type writes them. */
  private static String shownIn(Question question, Answer answer, String language) {
    List<Choice> choices = question.type() instanceof SingleChoiceType single ? single.choices()
        : question.type() instanceof MultipleChoiceType multiple ? multiple.choices() : null;
    if (choices == null || fr.guichet.script.Text.FRENCH.equals(language)) return question.type().display(answer);
    List<String> values = answer instanceof Answer.Pick pick ? List.of(pick.choice())
        : answer instanceof Answer.Picks picks ? List.copyOf(picks.choices()) : List.of();
    List<String> labels = new ArrayList<>();
    for (String value : values) {
      labels.add(choices.stream().filter(c -> c.value().equals(value)).findFirst()
          .map(c -> c.label().shown(language)).orElse(value));
    }
    return labels.isEmpty() ? question.type().display(answer) : String.join(", ", labels);
  }

  private static List<ChoiceView> choices(Question question, Answer answer, String language) {
    List<Choice> choices;
    if (question.type() instanceof YesNoType) choices = yesNo(language);
    else if (question.type() instanceof SingleChoiceType single) choices = single.choices();
    else if (question.type() instanceof MultipleChoiceType multiple) choices = multiple.choices();
    else return List.of();
    List<ChoiceView> views = new ArrayList<>(choices.size());
    for (int i = 0; i < choices.size(); i++) {
      Choice choice = choices.get(i);
      views.add(new ChoiceView(i + 1, choice.value(), choice.label().shown(language), picked(answer, choice.value())));
    }
    return views;
  }

  /** Yes/no shown as two numbered choices, as typed: 1 for oui, 2 for non. */
  private static List<Choice> yesNo(String language) {
    return List.of(new Choice("oui", fr.guichet.script.Text.fr("Oui").with(language, EngineTexts.word("yes", language)), false),
        new Choice("non", fr.guichet.script.Text.fr("Non").with(language, EngineTexts.word("no", language)), false));
  }

  private static boolean picked(Answer answer, String value) {
    if (answer instanceof Answer.Flag flag) return flag.yes() == value.equals("oui");
    if (answer instanceof Answer.Pick pick) return pick.choice().equals(value);
    if (answer instanceof Answer.Picks picks) return picks.choices().contains(value);
    return false;
  }

  private long progressVersion = -1;
  private int progressPosition = -1;
  private Progress progress;

  /** Progress, computed once per answer and position. */
  Progress progress(int position) {
    if (state.version() != progressVersion || position != progressPosition) {
      progress = count(position);
      progressVersion = state.version();
      progressPosition = position;
    }
    return progress;
  }

  private Progress count(int position) {
    int total = 0;
    int answered = 0;
    int rank = 0;
    List<Step> steps = state.steps();
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      if (!state.applies(step)) continue;
      total++;
      if (i <= position) rank = total;
      if (step.answer != null) answered++;
    }
    return new Progress(position >= steps.size() ? total : rank, total, answered);
  }

  Review review() {
    List<Review.Line> answered = new ArrayList<>();
    List<Review.Line> missing = new ArrayList<>();
    for (Step step : state.steps()) {
      if (step.question.isInformation() || !state.applies(step)) continue;
      Answer answer = state.answer(step.key);
      String role = step.member == null ? null : step.member.role();
      String label = Labels.resolve(step.question.labelFor(role), step.member, state.today(), state.language);
      String section = sections.get(step.question.sectionId()).title().shown(state.language);
      if (answer == null) missing.add(new Review.Line(step.key, section, label, null));
      else answered.add(new Review.Line(step.key, section, label, display(step, answer)));
    }
    return new Review(answered, missing);
  }
}
