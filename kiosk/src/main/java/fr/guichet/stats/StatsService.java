package fr.guichet.stats;

import fr.guichet.access.Permission;
import fr.guichet.session.Who;
import fr.guichet.store.Stores;
import fr.guichet.store.stats.StatsDimension;
import fr.guichet.store.stats.StatsStore;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The anonymous statistics as a manager asks for them: counts by dimensions over a period and
 * non-take-up per benefit, always suppressed, only for a role allowed to see statistics, and
 * every export audited.
 */
public final class StatsService {
  public static final String NOT_ALLOWED = "Les statistiques sont réservées au responsable.";

  private final Stores stores;
  private final int threshold;

  /** {@code threshold}: counts under it are hidden; at least {@value Suppression#MIN_THRESHOLD}. */
  public StatsService(Stores stores, int threshold) {
    this.stores = Objects.requireNonNull(stores, "stores");
    this.threshold = Suppression.checked(threshold);
  }

  public int threshold() {
    return threshold;
  }

  /** Reads "mois,aide" into dimensions; an unknown or repeated one is named in the message. */
  public static List<StatsDimension> dimensions(String typed) {
    List<StatsDimension> dims = new ArrayList<>();
    if (typed == null || typed.isBlank()) {
      return dims;
    }
    Set<StatsDimension> seen = new HashSet<>();
    for (String part : typed.split(",")) {
      StatsDimension d = StatsDimension.parse(part).orElseThrow(() -> new StatsUsageException(
          "Dimension inconnue : « " + part.strip() + " ». Dimensions possibles : "
              + String.join(", ", java.util.Arrays.stream(StatsDimension.values())
                  .map(StatsDimension::frenchName).toList()) + "."));
      if (!seen.add(d) || (d.fromMonth() && dims.stream().anyMatch(StatsDimension::fromMonth))) {
        throw new StatsUsageException("Dimension en double : « " + part.strip() + " ».");
      }
      dims.add(d);
    }
    return dims;
  }

  /** Visits counted by {@code dimensions} over {@code period}, suppressed. */
  public StatsTable counts(Who who, Period period, List<StatsDimension> dimensions) {
    require(who);
    return table(period, dimensions, false);
  }

  /** People (each session once, at its latest visit in the period), suppressed. */
  public StatsTable people(Who who, Period period, List<StatsDimension> dimensions) {
    require(who);
    return table(period, dimensions, true);
  }

  /** Non-take-up per benefit over the period, suppressed. */
  public NonTakeUpTable nonTakeUp(Who who, Period period) {
    require(who);
    return NonTakeUpTable.of(period, threshold, stores.stats().nonTakeUp(period.from(),
        period.to()));
  }

  /** Audits an export of statistics ({@code kind}: csv, ods, pdf, ecran). */
  public void audited(Who who, String kind) {
    require(who);
    stores.audit().record(who.actor(), "STATS_EXPORTED", null, kind);
  }

  private StatsTable table(Period period, List<StatsDimension> dimensions, boolean latestOnly) {
    List<StatsDimension> asked = new ArrayList<>();
    for (StatsDimension d : dimensions) {
      asked.add(d.fromMonth() ? StatsDimension.MOIS : d);
    }
    Map<List<String>, Long> raw = stores.stats().count(period.from(), period.to(), asked,
        latestOnly);
    Map<List<String>, Long> rolled = new LinkedHashMap<>();
    raw.forEach((key, count) -> {
      List<String> k = new ArrayList<>(key);
      for (int i = 0; i < dimensions.size(); i++) {
        if (dimensions.get(i) == StatsDimension.TRIMESTRE) {
          k.set(i, Months.quarter(YearMonth.parse(k.get(i))));
        } else if (dimensions.get(i) == StatsDimension.ANNEE) {
          k.set(i, k.get(i).substring(0, 4));
        }
      }
      rolled.merge(List.copyOf(k), count, Long::sum);
    });
    return StatsTable.of(period, dimensions, threshold, rolled);
  }

  private static void require(Who who) {
    if (!who.may(Permission.STATISTICS)) {
      throw new StatsRefusedException(NOT_ALLOWED);
    }
  }

  /** The store's statistics, for the benchmark and the tests. */
  StatsStore store() {
    return stores.stats();
  }
}
