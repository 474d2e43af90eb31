package fr.guichet.expr;

/** The type of a value in a script expression, checked when the script is loaded. */
public enum ValueType {
  BOOLEAN("oui/non"),
  NUMBER("nombre"),
  DATE("date"),
  TEXT("texte"),
  LIST_BOOLEAN("liste de oui/non"),
  LIST_NUMBER("liste de nombres"),
  LIST_DATE("liste de dates"),
  LIST_TEXT("liste de textes"),
  MEMBERS("personnes du foyer"),
  /** A value whose type could not be decided because of an earlier error. */
  ANY("?");

  private final String frenchName;

  ValueType(String frenchName) {
    this.frenchName = frenchName;
  }

  public String frenchName() {
    return frenchName;
  }

  public boolean isList() {
    return this == LIST_BOOLEAN || this == LIST_NUMBER || this == LIST_DATE || this == LIST_TEXT;
  }

  public ValueType listOf() {
    return switch (this) {
      case BOOLEAN -> LIST_BOOLEAN;
      case NUMBER -> LIST_NUMBER;
      case DATE -> LIST_DATE;
      case TEXT, LIST_TEXT -> LIST_TEXT;
      default -> ANY;
    };
  }

  public ValueType element() {
    return switch (this) {
      case LIST_BOOLEAN -> BOOLEAN;
      case LIST_NUMBER -> NUMBER;
      case LIST_DATE -> DATE;
      case LIST_TEXT -> TEXT;
      default -> ANY;
    };
  }
}
