package fr.guichet.script;

/**
 * The kinds of question a screen must know how to show, one per {@link AnswerType}. Screens
 * switch on it exhaustively, so a new kind of question without a view fails the build.
 */
public enum QuestionKind {
  YES_NO,
  SINGLE_CHOICE,
  MULTIPLE_CHOICE,
  INTEGER,
  MONEY,
  DATE,
  TEXT,
  COMMUNE,
  INFO
}
