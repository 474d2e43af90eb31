package fr.guichet.engine;

import fr.guichet.script.Answer;
import fr.guichet.script.Question;
import fr.guichet.script.Script;
import fr.guichet.script.Section;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The steps of one interview in order — questions asked once, and member blocks asked member
 * after member — with the lookups the engine needs (by key, by member and question, by
 * question). Laid out again when the household changes; steps that stay are kept with their
 * cached applicability, and only those of members who came or went are indexed.
 */
final class StepLayout {

  private final Script script;
  private List<Step> steps = List.of();
  private final Map<String, Step> byKey = new HashMap<>();
  /** Steps by member key ("" for questions asked once), then question id. */
  private final Map<String, Map<String, Step>> byMember = new HashMap<>();
  private final Map<String, List<Step>> byQuestion = new HashMap<>();
  /** Increases with each layout; a step remembers the last layout it was part of. */
  private int layout;

  StepLayout(Script script) {
    this.script = script;
  }

  List<Step> steps() {
    return steps;
  }

  Step byKey(String key) {
    return byKey.get(key);
  }

  Step stepFor(Member member, String questionId) {
    Map<String, Step> ofMember = byMember.get(member == null ? "" : member.key());
    return ofMember == null ? null : ofMember.get(questionId);
  }

  List<Step> ofQuestion(String questionId) {
    return byQuestion.getOrDefault(questionId, List.of());
  }

  /** The index of a step in the current order; the number of steps when there is none. */
  int indexOf(String key) {
    Step step = byKey.get(key);
    return step == null ? steps.size() : step.index;
  }

  /** Lays the steps out for these members; new steps take their answer from {@code answers}. */
  void layOut(List<Member> members, Map<String, Answer> answers) {
    List<Step> built = new ArrayList<>(steps.size() + 16);
    for (Section section : script.sections()) {
      List<Question> questions = section.questions();
      for (int i = 0; i < questions.size(); i++) {
        Question question = questions.get(i);
        if (!question.perMember()) {
          built.add(reuse(question, null));
          continue;
        }
        int end = i;
        while (end < questions.size() && sameBlock(question, questions.get(end))) end++;
        for (Member member : members) {
          for (int q = i; q < end; q++) built.add(reuse(questions.get(q), member));
        }
        i = end - 1;
      }
    }
    int generation = ++layout;
    for (int index = 0; index < built.size(); index++) {
      Step step = built.get(index);
      step.index = index;
      if (step.layout == 0) index(step, answers);
      step.layout = generation;
    }
    for (Step old : steps) if (old.layout != generation) unindex(old);
    steps = List.copyOf(built);
  }

  private void index(Step step, Map<String, Answer> answers) {
    step.answer = answers.get(step.key);
    byKey.put(step.key, step);
    byMember.computeIfAbsent(step.member == null ? "" : step.member.key(), k -> new HashMap<>()).put(step.question.id(), step);
    byQuestion.computeIfAbsent(step.question.id(), k -> new ArrayList<>(4)).add(step);
  }

  private void unindex(Step step) {
    byKey.remove(step.key);
    Map<String, Step> ofMember = byMember.get(step.member == null ? "" : step.member.key());
    if (ofMember != null) ofMember.remove(step.question.id());
    List<Step> ofQuestion = byQuestion.get(step.question.id());
    if (ofQuestion != null) ofQuestion.remove(step);
  }

  private Step reuse(Question question, Member member) {
    Step step = stepFor(member, question.id());
    return step != null ? step : new Step(question, member);
  }

  private static boolean sameBlock(Question first, Question other) {
    return other.perMember() && Objects.equals(first.block(), other.block());
  }
}
