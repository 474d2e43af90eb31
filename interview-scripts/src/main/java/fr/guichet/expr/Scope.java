package fr.guichet.expr;

import com.ezylang.evalex.data.EvaluationValue;
import java.time.LocalDate;

/**
 * What an expression can read: the value of a name, and whether a name has an answer at all.
 * A value that is not known yet is {@link EvaluationValue#NULL_VALUE}.
 */
public interface Scope {

  /** The value of a name, NULL_VALUE when unknown; null when the name does not exist. */
  EvaluationValue lookup(String name);

  /** Whether the name holds a real answer (not missing, not "je ne sais pas"). */
  Truth known(String name);

  /** Whether the name holds any answer, "je ne sais pas" included. */
  Truth answered(String name);

  /** How many household members there are, of one role, or of all roles when role is null. */
  EvaluationValue memberCount(String role);

  /**
   * Whether this scope checks a script at load, where every value could still be anything: there,
   * a function that turns unknown into a fallback must stay unknown.
   */
  default boolean checkingScript() {
    return false;
  }

  /** The interview's date, from the injected clock; null while checking a script at load. */
  LocalDate today();
}
