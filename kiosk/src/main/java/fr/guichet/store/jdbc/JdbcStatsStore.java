package fr.guichet.store.jdbc;

import fr.guichet.store.stats.StatsDimension;
import fr.guichet.store.stats.StatsStore;
import fr.guichet.store.stats.VisitFact;
import java.security.SecureRandom;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The {@link StatsStore} on the SQLite file. */
final class JdbcStatsStore implements StatsStore {
  private final Database db;
  private final SecureRandom random;

  JdbcStatsStore(Database db, SecureRandom random) {
    this.db = db;
    this.random = random;
  }

  @Override
  public void recordVisit(UUID sessionId, int visit, VisitFact fact) {
    db.write("record statistics", c -> {
      StatsRows.recordVisit(c, random, sessionId, visit, fact);
      return null;
    });
  }

  @Override
  public void recordOutcome(UUID sessionId, String outcome) {
    db.write("record outcome in statistics", c -> {
      StatsRows.recordOutcome(c, sessionId, outcome);
      return null;
    });
  }

  @Override
  public Map<List<String>, Long> count(YearMonth from, YearMonth to,
      List<StatsDimension> dimensions, boolean latestOnly) {
    return db.read("count statistics",
        c -> StatsRows.count(c, from, to, dimensions, latestOnly));
  }

  @Override
  public List<NonTakeUp> nonTakeUp(YearMonth from, YearMonth to) {
    return db.read("count non-take-up", c -> StatsRows.nonTakeUp(c, from, to));
  }

  @Override
  public long size() {
    return db.read("count statistics", StatsRows::size);
  }
}
