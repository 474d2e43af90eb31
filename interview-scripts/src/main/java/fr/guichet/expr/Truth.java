package fr.guichet.expr;

/** A three-valued truth: a condition may be true, false, or not decidable yet. */
public enum Truth {
  TRUE,
  FALSE,
  UNKNOWN;

  public static Truth of(boolean value) {
    return value ? TRUE : FALSE;
  }

  public Truth and(Truth other) {
    if (this == FALSE || other == FALSE) return FALSE;
    if (this == TRUE && other == TRUE) return TRUE;
    return UNKNOWN;
  }

  public Truth or(Truth other) {
    if (this == TRUE || other == TRUE) return TRUE;
    if (this == FALSE && other == FALSE) return FALSE;
    return UNKNOWN;
  }

  public Truth not() {
    return switch (this) {
      case TRUE -> FALSE;
      case FALSE -> TRUE;
      case UNKNOWN -> UNKNOWN;
    };
  }
}
