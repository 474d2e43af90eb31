package fr.guichet.eligibility.parameters;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** One value of a legal parameter, in force from a date, with the legal text that sets it. */
public record DatedValue(LocalDate from, BigDecimal value, String reference) {
  public DatedValue {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(value, "value");
    reference = reference == null ? "" : reference;
  }
}
