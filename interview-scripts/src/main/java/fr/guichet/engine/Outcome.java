package fr.guichet.engine;

import fr.guichet.script.Answer;

/** What became of a typed answer: accepted (to be saved, then applied), or refused with a message. */
public sealed interface Outcome {

  /** An answer that passed every check; {@code stored} is what the store keeps. */
  record Accepted(String key, Answer answer, String stored, String display) implements Outcome {}

  /** A refusal, in French, shown on the same question; nothing changed. */
  record Rejected(String key, String message) implements Outcome {}
}
