package fr.guichet.store.jdbc;

import fr.guichet.store.stats.StatsDimension;
import fr.guichet.store.stats.StatsStore.NonTakeUp;
import fr.guichet.store.stats.VisitFact;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The SQL of the anonymous statistics, in portable SQL (SQLite and PostgreSQL). */
final class StatsRows {
  private static final String FACT_COLUMNS = "fact_id, month, week, site, channel, visit_kind,"
      + " age_band, household, commune, epci, housing, orientation, outcome, latest";

  private StatsRows() {}

  static void recordVisit(Connection c, SecureRandom random, UUID sessionId, int visit,
      VisitFact fact) throws SQLException {
    Optional<Long> linked = linkedFact(c, sessionId, visit);
    long factId;
    if (linked.isPresent()) {
      factId = linked.get();
      deleteFact(c, factId);
    } else {
      factId = freshId(c, random);
      try (PreparedStatement ps = c.prepareStatement(
          "INSERT INTO stats_links (session_id, visit, fact_id) VALUES (?, ?, ?)")) {
        ps.setString(1, sessionId.toString());
        ps.setInt(2, visit);
        ps.setLong(3, factId);
        ps.executeUpdate();
      }
    }
    boolean latest = latestVisit(c, sessionId) <= visit;
    insertFact(c, factId, fact, latest);
    if (latest) {
      try (PreparedStatement ps = c.prepareStatement("UPDATE stats_facts SET latest = 0"
          + " WHERE fact_id IN (SELECT fact_id FROM stats_links WHERE session_id = ? AND visit <> ?)")) {
        ps.setString(1, sessionId.toString());
        ps.setInt(2, visit);
        ps.executeUpdate();
      }
    }
  }

  static void recordOutcome(Connection c, UUID sessionId, String outcome) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE stats_facts SET outcome = ?"
        + " WHERE fact_id = (SELECT fact_id FROM stats_links WHERE session_id = ?"
        + " ORDER BY visit DESC LIMIT 1)")) {
      ps.setString(1, outcome);
      ps.setString(2, sessionId.toString());
      ps.executeUpdate();
    }
  }

  /** Inserts one fact and its reasons and results (also used by the benchmark's bulk load). */
  static void insertFact(Connection c, long factId, VisitFact f, boolean latest)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO stats_facts (" + FACT_COLUMNS
        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setLong(1, factId);
      ps.setString(2, f.month().toString());
      ps.setString(3, f.week().toString());
      String[] values = {f.site(), f.channel(), f.visitKind(), f.ageBand(), f.household(),
          f.commune(), f.epci(), f.housing(), f.orientation(), f.outcome()};
      for (int i = 0; i < values.length; i++) {
        ps.setString(4 + i, values[i]);
      }
      ps.setInt(14, latest ? 1 : 0);
      ps.executeUpdate();
    }
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO stats_reasons (fact_id, reason) VALUES (?, ?)")) {
      for (String reason : new java.util.LinkedHashSet<>(f.reasons())) {
        ps.setLong(1, factId);
        ps.setString(2, reason);
        ps.addBatch();
      }
      ps.executeBatch();
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO stats_results"
        + " (month, benefit, fact_id, result, received, amount) VALUES (?, ?, ?, ?, ?, ?)")) {
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (VisitFact.Result r : f.results()) {
        if (!seen.add(r.benefit())) {
          continue;
        }
        ps.setString(1, f.month().toString());
        ps.setString(2, r.benefit());
        ps.setLong(3, factId);
        ps.setString(4, r.result());
        ps.setString(5, r.received());
        if (r.amount() == null) {
          ps.setNull(6, Types.INTEGER);
        } else {
          ps.setInt(6, r.amount());
        }
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  static Map<List<String>, Long> count(Connection c, YearMonth from, YearMonth to,
      List<StatsDimension> dimensions, boolean latestOnly) throws SQLException {
    boolean facts = latestOnly || dimensions.stream()
        .anyMatch(d -> d.table() == StatsDimension.Table.FACTS && !d.fromMonth());
    boolean reasons = dimensions.stream().anyMatch(d -> d.table() == StatsDimension.Table.REASONS);
    boolean results = dimensions.stream().anyMatch(d -> d.table() == StatsDimension.Table.RESULTS);
    // Counts by benefit and month alone read the results table, in its key order.
    String base = results && !facts && !reasons ? "b" : "f";
    List<String> columns = new ArrayList<>();
    for (StatsDimension d : dimensions) {
      String alias = switch (d.table()) {
        case FACTS -> d.fromMonth() ? base : "f";
        case REASONS -> "r";
        case RESULTS -> "b";
      };
      columns.add(alias + "." + d.column());
    }
    StringBuilder sql = new StringBuilder("SELECT ");
    for (String column : columns) {
      sql.append(column).append(", ");
    }
    sql.append("COUNT(*) FROM ");
    if (base.equals("b")) {
      sql.append("stats_results b");
    } else {
      sql.append("stats_facts f");
      if (reasons) {
        sql.append(" JOIN stats_reasons r ON r.fact_id = f.fact_id");
      }
      if (results) {
        sql.append(" JOIN stats_results b ON b.fact_id = f.fact_id");
      }
    }
    sql.append(" WHERE ").append(base).append(".month >= ? AND ").append(base)
        .append(".month <= ?");
    if (latestOnly) {
      sql.append(" AND f.latest = 1");
    }
    if (!columns.isEmpty()) {
      sql.append(" GROUP BY ").append(String.join(", ", columns));
    }
    Map<List<String>, Long> counts = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
      ps.setString(1, from.toString());
      ps.setString(2, to.toString());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          List<String> key = new ArrayList<>(columns.size());
          for (int i = 1; i <= columns.size(); i++) {
            key.add(rs.getString(i));
          }
          counts.merge(List.copyOf(key), rs.getLong(columns.size() + 1), Long::sum);
        }
      }
    }
    return counts;
  }

  static List<NonTakeUp> nonTakeUp(Connection c, YearMonth from, YearMonth to)
      throws SQLException {
    List<NonTakeUp> lines = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT b.benefit, COUNT(*),"
        + " COALESCE(SUM(b.amount), 0) FROM stats_results b"
        + " JOIN stats_facts f ON f.fact_id = b.fact_id"
        + " WHERE b.month >= ? AND b.month <= ? AND f.latest = 1"
        + " AND b.result = 'probable' AND b.received = 'non'"
        + " GROUP BY b.benefit ORDER BY b.benefit")) {
      ps.setString(1, from.toString());
      ps.setString(2, to.toString());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          lines.add(new NonTakeUp(rs.getString(1), rs.getLong(2), rs.getLong(3)));
        }
      }
    }
    return lines;
  }

  static long size(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM stats_facts");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static Optional<Long> linkedFact(Connection c, UUID sessionId, int visit)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT fact_id FROM stats_links WHERE session_id = ? AND visit = ?")) {
      ps.setString(1, sessionId.toString());
      ps.setInt(2, visit);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
      }
    }
  }

  private static int latestVisit(Connection c, UUID sessionId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT COALESCE(MAX(visit), 0) FROM stats_links WHERE session_id = ?")) {
      ps.setString(1, sessionId.toString());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  private static void deleteFact(Connection c, long factId) throws SQLException {
    for (String table : List.of("stats_reasons", "stats_results", "stats_facts")) {
      try (PreparedStatement ps = c.prepareStatement(
          "DELETE FROM " + table + " WHERE fact_id = ?")) {
        ps.setLong(1, factId);
        ps.executeUpdate();
      }
    }
  }

  /** A random positive id not in use, so that row order says nothing of visit order. */
  static long freshId(Connection c, SecureRandom random) throws SQLException {
    while (true) {
      long id = random.nextLong() & Long.MAX_VALUE;
      if (id == 0) {
        continue;
      }
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT 1 FROM stats_facts WHERE fact_id = ?")) {
        ps.setLong(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            return id;
          }
        }
      }
    }
  }
}
