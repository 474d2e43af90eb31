package fr.guichet.session;

import fr.guichet.engine.QuestionView;

/**
 * What a front end shows next, as the session service decides it: a question (possibly with the
 * French message that refused the last answer), the review of the answers, the results, or (read
 * only) the session's status.
 */
public sealed interface SessionView {

  /** A question to answer. {@code refusal} is empty unless the last answer was refused. */
  record Asking(QuestionView question, String refusal) implements SessionView {
    public Asking {
      refusal = refusal == null ? "" : refusal;
    }

    public boolean refused() {
      return !refusal.isEmpty();
    }
  }

  /** The answers given so far, each one a key away from being changed. */
  record Reviewing() implements SessionView {}

  /** The results, with printing and finishing. */
  record Results() implements SessionView {}

  /** Read only: where the session stands and what comes next. */
  record Status() implements SessionView {}
}
