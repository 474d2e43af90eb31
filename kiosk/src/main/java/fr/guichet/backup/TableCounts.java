package fr.guichet.backup;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How many rows each table of a Guichet database holds, tables in name order. Every table is
 * counted (SQLite's own and the backup manifest excepted), so a table added by a later migration
 * is checked without changing this class.
 */
public record TableCounts(Map<String, Long> rows) {
  public TableCounts {
    rows = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rows));
  }

  static TableCounts of(Connection c) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'"
            + " AND name NOT LIKE 'sqlite_%' AND name <> '" + BackupManifest.TABLE + "'"
            + " ORDER BY name")) {
      while (rs.next()) {
        tables.add(rs.getString(1));
      }
    }
    Map<String, Long> rows = new LinkedHashMap<>();
    for (String table : tables) {
      try (Statement st = c.createStatement();
          ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM \"" + table.replace("\"", "\"\"") + "\"")) {
        rs.next();
        rows.put(table, rs.getLong(1));
      }
    }
    return new TableCounts(rows);
  }

  public long sessions() {
    return rows.getOrDefault("sessions", 0L);
  }

  /** One line for the person at the console: the tables a CCAS recognises, then the total. */
  public String summary() {
    long total = rows.values().stream().mapToLong(Long::longValue).sum();
    return "dossiers " + sessions() + ", réponses " + rows.getOrDefault("answer_events", 0L)
        + ", notes " + rows.getOrDefault("notes", 0L) + ", comptes "
        + rows.getOrDefault("accounts", 0L) + ", journal " + rows.getOrDefault("audit_log", 0L)
        + " (" + total + " lignes dans " + rows.size() + " tables)";
  }

  /** The tables whose counts differ, as {@code name: this ≠ other}. */
  public List<String> differences(TableCounts other) {
    List<String> diff = new ArrayList<>();
    java.util.Set<String> names = new java.util.TreeSet<>(rows.keySet());
    names.addAll(other.rows.keySet());
    for (String name : names) {
      Long mine = rows.get(name);
      Long theirs = other.rows.get(name);
      if (!java.util.Objects.equals(mine, theirs)) {
        diff.add(name + " : " + (mine == null ? "absente" : mine) + " ≠ "
            + (theirs == null ? "absente" : theirs));
      }
    }
    return diff;
  }
}
