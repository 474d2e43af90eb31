package fr.guichet.session;

import java.time.Instant;
import java.util.List;

/**
 * What changed since the previous visit: the answers (question, before, after, who and when) and
 * the results ("probable 307,40 €" → "probable 212,10 €"). {@code visit} is the current visit's
 * number (0 when the session has none recorded).
 */
public record Changes(int visit, List<AnswerChange> answers, List<ResultChange> results) {
  public Changes {
    answers = List.copyOf(answers);
    results = List.copyOf(results);
  }

  /** {@code before} or {@code after} is empty when the answer did not exist then. */
  public record AnswerChange(String key, String question, String before, String after, String by,
      Instant at) {}

  public record ResultChange(String id, String name, String before, String after) {}

  public boolean none() {
    return answers.isEmpty() && results.isEmpty();
  }
}
