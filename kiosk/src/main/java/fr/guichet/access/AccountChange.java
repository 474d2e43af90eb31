package fr.guichet.access;

/** What came of a change to accounts: done, or refused with a French reason. */
public sealed interface AccountChange {

  String message();

  /** The change is committed. */
  record Done(String message) implements AccountChange {}

  /** Nothing changed. */
  record Rejected(String message) implements AccountChange {}
}
