package fr.guichet.script;

/** What typing an answer gave: an accepted answer, or a French message saying what to fix. */
public sealed interface Parsed {

  record Accepted(Answer answer) implements Parsed {}

  record Refused(String message) implements Parsed {}

  static Parsed ok(Answer answer) {
    return new Accepted(answer);
  }

  static Parsed refuse(String message) {
    return new Refused(message);
  }
}
