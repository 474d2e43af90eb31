package fr.guichet.engine;

import fr.guichet.script.Answer;
import fr.guichet.script.Question;

/**
 * One place in the interview: a question, for one member when the question is asked per member.
 * Caches whether it applies until an answer it depends on changes.
 */
final class Step {

  final Question question;
  final Member member;
  final String key;
  Boolean applies;
  /** Position in the current layout, and the layout it belongs to (0: not laid out yet). */
  int index;
  int layout;
  /** The answer given to this step, mirrored from the interview's answers. */
  Answer answer;

  Step(Question question, Member member) {
    this.question = question;
    this.member = member;
    this.key = member == null ? question.id() : member.key() + "." + question.id();
  }

  @Override
  public String toString() {
    return key;
  }
}
