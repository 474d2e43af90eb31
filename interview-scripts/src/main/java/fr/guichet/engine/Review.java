package fr.guichet.engine;

import java.util.List;

/** Every answer that applies, in interview order, and the questions that still wait for one. */
public record Review(List<Line> answered, List<Line> missing) {

  public Review {
    answered = List.copyOf(answered);
    missing = List.copyOf(missing);
  }

  /** One question: key to jump back to it, section, text, the answer as shown (null if none). */
  public record Line(String key, String sectionTitle, String label, String answer) {}

  public boolean complete() {
    return missing.isEmpty();
  }
}
