package fr.guichet.eligibility.situation;

import java.time.YearMonth;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A fact about a person or a household that may be unknown ("je ne sais pas", not answered yet), known once
 * for every month, or known month by month (imported situations). Unknown facts make a result CANNOT_TELL.
 */
public final class Fact<T> {
  private static final Fact<?> UNKNOWN = new Fact<>(false, null, Map.of());

  private final boolean known;
  private final T otherwise;
  private final Map<YearMonth, T> byMonth;

  private Fact(boolean known, T otherwise, Map<YearMonth, T> byMonth) {
    this.known = known;
    this.otherwise = otherwise;
    this.byMonth = byMonth;
  }

  @SuppressWarnings("unchecked")
  public static <T> Fact<T> unknown() {
    return (Fact<T>) UNKNOWN;
  }

  /** Known, the same in every month. */
  public static <T> Fact<T> of(T value) {
    return new Fact<>(true, Objects.requireNonNull(value, "value"), Map.of());
  }

  /** Known month by month; months not listed take {@code otherwise}. */
  public static <T> Fact<T> byMonth(Map<YearMonth, T> values, T otherwise) {
    return new Fact<>(true, Objects.requireNonNull(otherwise, "otherwise"), Map.copyOf(new TreeMap<>(values)));
  }

  public boolean isKnown() {
    return known;
  }

  /** The value in that month; throws when unknown (check {@link #isKnown()} first). */
  public T at(YearMonth month) {
    if (!known) {
      throw new NoSuchElementException("fact not known");
    }
    return byMonth.getOrDefault(month, otherwise);
  }

  /** The value known for every month (answered once); throws when unknown. */
  public T value() {
    if (!known) {
      throw new NoSuchElementException("fact not known");
    }
    return otherwise;
  }

  /** The value in that month, or {@code fallback} when unknown. */
  public T at(YearMonth month, T fallback) {
    return known ? at(month) : fallback;
  }

  /** The same fact with its value transformed; unknown stays unknown. */
  public <R> Fact<R> map(java.util.function.Function<T, R> change) {
    if (!known) return unknown();
    Map<YearMonth, R> changed = new java.util.HashMap<>();
    byMonth.forEach((month, value) -> changed.put(month, change.apply(value)));
    return changed.isEmpty() ? of(change.apply(otherwise)) : byMonth(changed, change.apply(otherwise));
  }

  /** Hands the value (known for every month) to the consumer when known. */
  public void ifKnown(java.util.function.Consumer<T> consumer) {
    if (known) consumer.accept(otherwise);
  }

  @Override
  public String toString() {
    return known ? "Fact" + (byMonth.isEmpty() ? "(" + otherwise + ")" : byMonth + " else " + otherwise) : "Fact(unknown)";
  }
}
