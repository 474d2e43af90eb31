package fr.guichet.testing;

import fr.guichet.store.StoreLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The real PostgreSQL server the tests use, started by {@code .ci/start-postgres.sh}, which prints
 * the {@code GUICHET_TEST_PG_*} variables. Without them, the PostgreSQL cases are skipped (and say
 * so) on a developer's machine, but fail when {@code CI=true} or {@code GUICHET_TEST_PG_REQUIRED=1}:
 * CI never passes by skipping them. Each test gets its own fresh database, dropped afterwards.
 */
public final class TestPostgres {
  public static final String URL = "GUICHET_TEST_PG_URL";

  private TestPostgres() {}

  /** Skips or fails (see above) when no server is configured. */
  public static void require() {
    if (url().isPresent()) {
      return;
    }
    String why = "no PostgreSQL server for the tests: run `eval \"$(bash .ci/start-postgres.sh)\"`";
    if ("true".equals(System.getenv("CI")) || "1".equals(System.getenv("GUICHET_TEST_PG_REQUIRED"))) {
      throw new AssertionError(why + " (" + URL + " unset while CI expects PostgreSQL)");
    }
    Assumptions.abort(why);
  }

  public static Optional<String> url() {
    return Optional.ofNullable(System.getenv(URL)).filter(s -> !s.isBlank());
  }

  public static String user() {
    return Optional.ofNullable(System.getenv("GUICHET_TEST_PG_USER")).orElse("guichet");
  }

  public static String password() {
    return Optional.ofNullable(System.getenv("GUICHET_TEST_PG_PASSWORD")).orElse("");
  }

  /** The server's {@code bin} folder (pg_dump), from the start script. */
  public static Path bin() {
    return Path.of(Optional.ofNullable(System.getenv("GUICHET_TEST_PG_BIN"))
        .orElse("/usr/lib/postgresql/15/bin"));
  }

  /** Creates an empty database and returns its name. */
  public static String createDatabase() {
    require();
    String name = "guichet_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16)
        .toLowerCase(Locale.ROOT);
    admin("CREATE DATABASE " + name);
    return name;
  }

  public static void dropDatabase(String name) {
    admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }

  /** The JDBC URL of database {@code name} on the test server. */
  public static String urlOf(String name) {
    String base = url().orElseThrow();
    return base.substring(0, base.lastIndexOf('/') + 1) + name;
  }

  public static Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(urlOf(database), user(), password());
  }

  /** A store location for {@code database}, its password in a file in {@code dir}. */
  public static synchronized StoreLocation.Postgres location(String database, Path dir,
      Path keyFile) {
    try {
      Files.createDirectories(dir);
      Path passwordFile = dir.resolve("db-password");
      if (!Files.exists(passwordFile)) {
        Files.writeString(passwordFile, password() + "\n");
      }
      return new StoreLocation.Postgres(urlOf(database), user(), passwordFile, keyFile);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void admin(String sql) {
    try (Connection c = DriverManager.getConnection(url().orElseThrow(), user(), password());
        Statement st = c.createStatement()) {
      st.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("test server: " + sql + ": " + e.getMessage(), e);
    }
  }
}
