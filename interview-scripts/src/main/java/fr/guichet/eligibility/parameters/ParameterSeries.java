package fr.guichet.eligibility.parameters;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** A legal parameter as a series of values keyed by effective date (OpenFisca style). */
public record ParameterSeries(String key, String description, List<DatedValue> values) {
  public ParameterSeries {
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException("a parameter needs a key");
    }
    if (values == null || values.isEmpty()) {
      throw new IllegalArgumentException("parameter " + key + " has no value");
    }
    values = values.stream().sorted(Comparator.comparing(DatedValue::from)).toList();
  }

  /** The value in force on that date; refused when the date is before the first value. */
  public DatedValue at(LocalDate date) {
    DatedValue found = null;
    for (DatedValue value : values) {
      if (value.from().isAfter(date)) {
        break;
      }
      found = value;
    }
    if (found == null) {
      throw new NoValueInForceException(key, date);
    }
    return found;
  }

  public BigDecimal valueAt(LocalDate date) {
    return at(date).value();
  }
}
