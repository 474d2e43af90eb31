package fr.guichet.script;

import java.util.List;

/** A section of the interview: a title and its questions in order. */
public record Section(String id, Text title, List<Question> questions) {
  public Section {
    questions = List.copyOf(questions);
  }
}
