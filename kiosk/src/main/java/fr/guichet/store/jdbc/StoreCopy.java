package fr.guichet.store.jdbc;

import fr.guichet.store.Actor;
import fr.guichet.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies everything a store holds into another, empty one of any technology (a CCAS that started
 * on one desk moves to the network's server, or back): every row of every table as it is, sealed
 * values untouched (both stores must use the same key), the audit chain verbatim, then one
 * {@code STORE_COPIED} entry chained after it. The copy is one transaction on the target, and the
 * row counts of both sides are compared before it commits.
 */
public final class StoreCopy {
  /** Tables in an order that respects their references. */
  static final List<String> TABLES = List.of("sessions", "answer_events", "notes",
      "document_status", "visits", "identities", "follow_up", "resume_attempts", "accounts",
      "stats_facts", "stats_reasons", "stats_results", "stats_links", "audit_log");
  private static final int BATCH = 1000;

  private StoreCopy() {}

  /** Rows per table, as copied (the same on both sides when it returns). */
  public static Map<String, Long> copy(JdbcStores from, JdbcStores to, Actor actor, Instant now) {
    Database source = from.database();
    Database target = to.database();
    String sourceCheck = source.read("read key check", c -> Keyring.readCheck(c).orElse(""));
    return target.write("copy store", t -> {
      if (!Keyring.readCheck(t).orElse("").equals(sourceCheck)) {
        throw new StoreException("Les deux bases n'utilisent pas la même clé : donnez à la"
            + " destination le même fichier key_file que la source.",
            "Store copy refused: key check values differ");
      }
      for (String table : List.of("sessions", "accounts", "audit_log")) {
        if (count(t, table) > 0) {
          throw new StoreException("La base de destination n'est pas vide (" + table + ") :"
              + " la copie ne remplace jamais des données.", "Store copy refused: target "
              + table + " not empty");
        }
      }
      Map<String, Long> counts = new LinkedHashMap<>();
      for (String table : TABLES) {
        long copied = source.read("copy " + table, s -> copyTable(s, t, table));
        long there = count(t, table);
        long expected = source.read("count " + table, s -> count(s, table));
        if (copied != expected || there != expected) {
          throw new StoreException("La copie de " + table + " est incomplète (" + there + " sur "
              + expected + ") : rien n'a été écrit.", "Store copy count mismatch on " + table);
        }
        counts.put(table, there);
      }
      AuditLog.append(t, now, actor, "STORE_COPIED", null, "sessions:" + counts.get("sessions"));
      return counts;
    });
  }

  private static long copyTable(Connection s, Connection t, String table) throws SQLException {
    long rows = 0;
    try (Statement st = s.createStatement();
        ResultSet rs = st.executeQuery("SELECT * FROM " + table)) {
      ResultSetMetaData meta = rs.getMetaData();
      List<String> columns = new ArrayList<>();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        columns.add(meta.getColumnName(i));
      }
      String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
          + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
      try (PreparedStatement ps = t.prepareStatement(sql)) {
        while (rs.next()) {
          for (int i = 1; i <= columns.size(); i++) {
            ps.setObject(i, rs.getObject(i));
          }
          ps.addBatch();
          if (++rows % BATCH == 0) {
            ps.executeBatch();
          }
        }
        ps.executeBatch();
      }
    }
    return rows;
  }

  private static long count(Connection c, String table) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
