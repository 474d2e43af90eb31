package fr.guichet.script;

import java.util.Objects;

/**
 * One choice of a choice question: the value scripts and the store use, the text shown, and
 * whether picking it excludes the others (such as "aucun de ces besoins").
 */
public record Choice(String value, Text label, boolean exclusive) {
  public Choice {
    Objects.requireNonNull(value);
    Objects.requireNonNull(label);
  }
}
