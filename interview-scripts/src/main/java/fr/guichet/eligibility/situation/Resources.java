package fr.guichet.eligibility.situation;

import java.math.BigDecimal;
import java.time.Year;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;

/** Amounts received by kind, by month (YearMonth) and by year where the law reads a whole year; absent is zero. */
public record Resources(Map<ResourceKind, Map<YearMonth, BigDecimal>> monthly, Map<ResourceKind, Map<Year, BigDecimal>> yearly) {
  public static final Resources NONE = new Resources(Map.of(), Map.of());

  public Resources {
    monthly = copy(monthly);
    yearly = copy(yearly);
  }

  private static <K> Map<ResourceKind, Map<K, BigDecimal>> copy(Map<ResourceKind, Map<K, BigDecimal>> source) {
    Map<ResourceKind, Map<K, BigDecimal>> copy = new EnumMap<>(ResourceKind.class);
    source.forEach((kind, amounts) -> {
      amounts.values().forEach(v -> {
        if (v.signum() < 0) {
          throw new IllegalArgumentException("negative amount for " + kind);
        }
      });
      copy.put(kind, Map.copyOf(amounts));
    });
    return Map.copyOf(copy);
  }

  public BigDecimal month(ResourceKind kind, YearMonth month) {
    return monthly.getOrDefault(kind, Map.of()).getOrDefault(month, BigDecimal.ZERO);
  }

  public BigDecimal year(ResourceKind kind, Year year) {
    return yearly.getOrDefault(kind, Map.of()).getOrDefault(year, BigDecimal.ZERO);
  }

  /** Whether an amount of that kind is stated for that month (even zero). */
  public boolean states(ResourceKind kind, YearMonth month) {
    return monthly.getOrDefault(kind, Map.of()).containsKey(month);
  }

  public boolean hasAny(ResourceKind kind) {
    return monthly.containsKey(kind);
  }
}
