package fr.guichet.store.postgres;

import fr.guichet.store.StoreLocation;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/** Tries to reach a PostgreSQL server without changing anything (for {@code config check}). */
public final class PostgresProbe {
  private PostgresProbe() {}

  /** What the probe found: reachable or not, in a French sentence. */
  public record Reach(boolean ok, String message) {}

  public static Reach reach(StoreLocation.Postgres location) {
    Properties props = PostgresConnections.properties(location);
    try (Connection c = DriverManager.getConnection(location.url(), props);
        Statement st = c.createStatement()) {
      String version;
      try (ResultSet rs = st.executeQuery("SHOW server_version")) {
        rs.next();
        version = rs.getString(1);
      }
      String schema;
      try (ResultSet rs = st.executeQuery("SELECT to_regclass('flyway_schema_history') IS NOT NULL")) {
        rs.next();
        schema = rs.getBoolean(1) ? "tables de Guichet présentes"
            : "base vide : les tables seront créées à la première ouverture";
      }
      return new Reach(true, "joignable (PostgreSQL " + version + ", " + schema + ")");
    } catch (SQLException e) {
      return new Reach(false, "injoignable : " + PostgresErrors.french(e));
    } catch (RuntimeException e) {
      return new Reach(false, "injoignable : " + e.getMessage());
    }
  }
}
