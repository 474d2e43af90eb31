package fr.guichet.script;

import fr.guichet.expr.ValueType;

/**
 * The kind of a question, which knows how to read what a person typed. One implementation per
 * kind of question; a new kind needs a view in the terminal (a test walks the permitted ones).
 */
public sealed interface AnswerType
    permits YesNoType, SingleChoiceType, MultipleChoiceType, WholeNumberType, MoneyType, DateType,
        ShortTextType, CommuneType, InformationType {

  /** The name used in scripts: yes_no, single_choice... */
  String name();

  /** What screens switch on to show this kind of question. */
  QuestionKind kind();

  /**
   * The answer as text that, typed again, gives the same answer (to pre-fill an edit): the
   * displayed text by default.
   */
  default String input(Answer answer) {
    return display(answer);
  }

  /** The type expressions see. */
  ValueType valueType();

  /** Reads typed text (already known not to be "je ne sais pas"). */
  Parsed parse(String raw, ParseContext context);

  /** Reads back a stored answer; throws IllegalArgumentException if it does not fit this type. */
  Answer restore(String stored, ParseContext context);

  /** The answer as shown to a person. */
  String display(Answer answer);
}
