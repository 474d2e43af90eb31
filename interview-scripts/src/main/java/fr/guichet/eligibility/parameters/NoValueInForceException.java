package fr.guichet.eligibility.parameters;

import java.time.LocalDate;

/** A legal parameter asked for a date before its first value: the date is outside what the rules know. */
public final class NoValueInForceException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final String key;
  private final LocalDate date;

  public NoValueInForceException(String key, LocalDate date) {
    super("parameter " + key + " has no value in force on " + date);
    this.key = key;
    this.date = date;
  }

  public String key() {
    return key;
  }

  public LocalDate date() {
    return date;
  }
}
