package fr.guichet.eligibility.parameters;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;

/** Every legal parameter, keyed "file.name" (for example "rsa.montant_de_base"), read once and immutable. */
public final class LegalParameters {
  private final Map<String, ParameterSeries> series;

  public LegalParameters(Map<String, ParameterSeries> series) {
    // A HashMap rather than Map.copyOf: looked up hundreds of times per check (12 months x persons
    // x benefits), and HashMap's get is the cheaper of the two; never exposed, so still immutable.
    this.series = new java.util.HashMap<>(series);
  }

  /** The parameters shipped in the jar under guichet/parameters/. */
  public static LegalParameters bundled() {
    return BundledParameters.INSTANCE;
  }

  public ParameterSeries series(String key) {
    ParameterSeries found = series.get(key);
    if (found == null) {
      throw new IllegalArgumentException("unknown legal parameter " + key);
    }
    return found;
  }

  public BigDecimal get(String key, LocalDate date) {
    return series(key).valueAt(date);
  }

  /** The value in force on the first day of that month. */
  public BigDecimal get(String key, YearMonth month) {
    return get(key, month.atDay(1));
  }

  public Set<String> keys() {
    return java.util.Collections.unmodifiableSet(series.keySet());
  }

  private static final class BundledParameters {
    static final LegalParameters INSTANCE = BundledParameterFiles.read();
  }
}
