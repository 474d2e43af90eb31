package fr.guichet.aids;

import fr.guichet.engine.Interview;
import fr.guichet.engine.Review;
import fr.guichet.script.Answer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The questions of an interview that still have no real answer (not answered, or "je ne sais
 * pas"), with their labels as the person saw them ("Salaire net reçu en octobre 2026").
 */
final class MissingQuestions {

  private record Open(String questionId, String label) {}

  private final List<Open> open = new ArrayList<>();

  MissingQuestions(Interview interview) {
    Review review = interview.review();
    Map<String, Answer> answers = interview.answers();
    for (Review.Line line : review.missing()) open.add(new Open(questionId(line.key()), line.label()));
    for (Review.Line line : review.answered()) {
      if (answers.get(line.key()) instanceof Answer.DontKnow) open.add(new Open(questionId(line.key()), line.label()));
    }
  }

  /** The labels of the open questions among these ids, in interview order, each once. */
  List<String> labels(Set<String> questionIds) {
    Set<String> labels = new LinkedHashSet<>();
    for (Open each : open) if (questionIds.contains(each.questionId())) labels.add(each.label());
    return List.copyOf(labels);
  }

  private static String questionId(String key) {
    return key.substring(key.lastIndexOf('.') + 1);
  }
}
