package fr.guichet.script;

import java.util.Objects;

/**
 * One choice of a choice question: the value scripts and the store use, the text shown, and
 * whether picking it excludes the others (such as "aucun de ces besoins").
 */
public record Choice(String value, Text label, boolean exclusive, String foldedValue, String foldedLabel) {
  public Choice {
    Objects.requireNonNull(value);
    Objects.requireNonNull(label);
  }

  /** A choice, with its value and French label folded once for matching what people type. */
  public Choice(String value, Text label, boolean exclusive) {
    this(value, label, exclusive, TextInput.fold(value), TextInput.fold(label.fr()));
  }
}
