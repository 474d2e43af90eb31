package fr.guichet.testing;

import fr.guichet.store.DataDirectory;
import fr.guichet.store.StoreSettings;
import fr.guichet.store.Stores;
import fr.guichet.store.postgres.PostgresStores;
import fr.guichet.store.sqlite.SqliteStores;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * One store technology under the shared store tests: {@code sqlite} (a file in the test's folder)
 * or {@code postgresql} (a fresh database on the real test server, see {@link TestPostgres}).
 * The key file is {@code dir/guichet.key} for both. Tests that look under the store (raw SQL,
 * raw bytes) go through this, never through a technology's own API.
 */
public abstract class StoreBackend implements AutoCloseable {
  /** The technologies every store test runs on. */
  public static final String[] KINDS = {"sqlite", "postgresql"};

  protected final Path dir;

  private StoreBackend(Path dir) {
    this.dir = dir;
  }

  /** A fresh, empty store of this kind whose files go in {@code dir}. */
  public static StoreBackend of(String kind, Path dir) {
    return switch (kind) {
      case "sqlite" -> new Sqlite(dir);
      case "postgresql" -> new Postgres(dir);
      default -> throw new IllegalArgumentException(kind);
    };
  }

  public abstract String kind();

  /** Opens (another) {@link Stores} on this same data, as a second terminal would. */
  public abstract Stores open(Clock clock, StoreSettings settings);

  public Stores open(Clock clock) {
    return open(clock, StoreSettings.defaults());
  }

  public Path keyFile() {
    return dir.resolve("guichet.key");
  }

  /** A direct connection under the store, for tampering as an intruder would. */
  public abstract Connection raw() throws SQLException;

  /** Drops one of the append-only triggers (as someone with the database's rights could). */
  public abstract void dropTrigger(String trigger, String table) throws SQLException;

  /** Every byte the database server or file keeps that someone stealing it would get. */
  public abstract List<byte[]> rawBytes() throws IOException;

  /** How a sealed value appears in {@link #rawBytes}: as is in SQLite, as hex in a pg_dump. */
  public byte[] asStored(byte[] value) {
    return kind().equals("sqlite") ? value
        : java.util.HexFormat.of().formatHex(value).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  }

  @Override
  public abstract void close();

  private static final class Sqlite extends StoreBackend {
    Sqlite(Path dir) {
      super(dir);
    }

    @Override
    public String kind() {
      return "sqlite";
    }

    @Override
    public Stores open(Clock clock, StoreSettings settings) {
      return SqliteStores.open(DataDirectory.of(dir), clock, settings);
    }

    @Override
    public Connection raw() throws SQLException {
      return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("guichet.db"));
    }

    @Override
    public void dropTrigger(String trigger, String table) throws SQLException {
      try (Connection c = raw(); Statement st = c.createStatement()) {
        st.execute("DROP TRIGGER " + trigger);
      }
    }

    @Override
    public List<byte[]> rawBytes() throws IOException {
      List<byte[]> all = new ArrayList<>();
      try (var files = Files.list(dir)) {
        for (Path f : (Iterable<Path>) files::iterator) {
          if (f.getFileName().toString().startsWith("guichet.db")) {
            all.add(Files.readAllBytes(f));
          }
        }
      }
      return all;
    }

    @Override
    public void close() {}
  }

  private static final class Postgres extends StoreBackend {
    private final String database;

    Postgres(Path dir) {
      super(dir);
      this.database = TestPostgres.createDatabase();
    }

    @Override
    public String kind() {
      return "postgresql";
    }

    @Override
    public Stores open(Clock clock, StoreSettings settings) {
      return PostgresStores.open(TestPostgres.location(database, dir.resolve("etc"), keyFile()),
          clock, settings);
    }

    @Override
    public Connection raw() throws SQLException {
      return TestPostgres.connect(database);
    }

    @Override
    public void dropTrigger(String trigger, String table) throws SQLException {
      try (Connection c = raw(); Statement st = c.createStatement()) {
        st.execute("DROP TRIGGER " + trigger + " ON " + table);
      }
    }

    /** What {@code pg_dump} of the database gives (plain SQL, every table's rows). */
    @Override
    public List<byte[]> rawBytes() throws IOException {
      String url = TestPostgres.urlOf(database).substring("jdbc:postgresql://".length());
      String hostPort = url.substring(0, url.indexOf('/'));
      ProcessBuilder pb = new ProcessBuilder(TestPostgres.bin().resolve("pg_dump").toString(),
          "-h", hostPort.split(":")[0], "-p", hostPort.split(":")[1], "-U", TestPostgres.user(),
          "--no-owner", database);
      pb.environment().put("PGPASSWORD", TestPostgres.password());
      pb.redirectErrorStream(true);
      Process p = pb.start();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      p.getInputStream().transferTo(out);
      try {
        if (p.waitFor() != 0) {
          throw new IOException("pg_dump failed: " + out);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      }
      return List.of(out.toByteArray());
    }

    @Override
    public void close() {
      TestPostgres.dropDatabase(database);
    }
  }
}
