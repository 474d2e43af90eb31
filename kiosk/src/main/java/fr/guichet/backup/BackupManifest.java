package fr.guichet.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a backup file says about itself, kept in one extra table of the copy: when it was made,
 * the schema version, and the row count of every table at that instant. A restore drops it.
 */
record BackupManifest(Instant createdAt, String schemaVersion, TableCounts counts) {
  static final String TABLE = "guichet_backup";
  static final String FORMAT = "guichet-backup-v1";
  private static final String COUNT_PREFIX = "count:";

  void writeTo(Connection c) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute("CREATE TABLE " + TABLE + " (name TEXT PRIMARY KEY, value TEXT NOT NULL)");
    }
    Map<String, String> values = new LinkedHashMap<>();
    values.put("format", FORMAT);
    values.put("created_at", createdAt.toString());
    values.put("schema_version", schemaVersion);
    counts.rows().forEach((table, n) -> values.put(COUNT_PREFIX + table, Long.toString(n)));
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + TABLE + " VALUES (?, ?)")) {
      for (Map.Entry<String, String> e : values.entrySet()) {
        ps.setString(1, e.getKey());
        ps.setString(2, e.getValue());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** The manifest of a backup file, or empty if the database is not a Guichet backup. */
  static Optional<BackupManifest> readFrom(Connection c) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table'"
            + " AND name = '" + TABLE + "'")) {
      if (!rs.next() || rs.getInt(1) == 0) {
        return Optional.empty();
      }
    }
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT name, value FROM " + TABLE + " ORDER BY name")) {
      while (rs.next()) {
        String name = rs.getString(1);
        if (name.startsWith(COUNT_PREFIX)) {
          counts.put(name.substring(COUNT_PREFIX.length()), Long.parseLong(rs.getString(2)));
        } else {
          values.put(name, rs.getString(2));
        }
      }
    }
    if (!FORMAT.equals(values.get("format"))) {
      return Optional.empty();
    }
    return Optional.of(new BackupManifest(Instant.parse(values.get("created_at")),
        values.getOrDefault("schema_version", "?"), new TableCounts(counts)));
  }

  /** The latest applied Flyway migration, or "0" for a database without one. */
  static String schemaVersion(Connection c) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT version FROM flyway_schema_history"
            + " WHERE success = 1 AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1")) {
      return rs.next() ? rs.getString(1) : "0";
    } catch (SQLException e) {
      return "0";
    }
  }
}
