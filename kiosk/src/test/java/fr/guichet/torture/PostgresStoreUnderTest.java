package fr.guichet.torture;

import fr.guichet.store.Actor;
import fr.guichet.store.StoreLocation;
import fr.guichet.store.StoreSettings;
import fr.guichet.store.Stores;
import fr.guichet.store.audit.AuditEntry;
import fr.guichet.store.postgres.PostgresStores;
import fr.guichet.store.session.Session;
import fr.guichet.testing.TestPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A fresh database on the real test server ({@code .ci/start-postgres.sh}), reached by the jar
 * through a configuration file (PostgreSQL wins over the {@code --data} folder, which keeps the
 * key, logs and PDFs); read back with the application's own store code, the audit chain, and a
 * read of every table.
 */
final class PostgresStoreUnderTest implements StoreUnderTest {
  private final Path directory;
  private final String database;
  private final Path config;
  private final StoreLocation.Postgres location;

  PostgresStoreUnderTest(Path directory) {
    this.directory = directory;
    this.database = TestPostgres.createDatabase();
    try {
      Files.createDirectories(directory);
      Path etc = Files.createDirectories(directory.resolve("etc"));
      this.location = TestPostgres.location(database, etc, directory.resolve("guichet.key"));
      this.config = Files.writeString(etc.resolve("guichet.yaml"), """
          site: torture
          store:
            url: %s
            user: %s
            password_file: %s
          key_file: %s
          """.formatted(location.url(), location.user(), location.passwordFile(),
          location.keyFile()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public List<String> options() {
    return List.of("--config", config.toString(), "--data", directory.toString());
  }

  @Override
  public Path directory() {
    return directory;
  }

  private Stores open(Clock clock) {
    return PostgresStores.open(location, clock, StoreSettings.defaults());
  }

  @Override
  public Map<String, Map<String, String>> answersByCode() {
    Map<String, Map<String, String>> answers = new LinkedHashMap<>();
    try (Stores store = open(Clock.systemUTC())) {
      for (Session session : store.sessions().list()) {
        answers.put(session.resumeCode().toString(), store.sessions().currentAnswers(session.id()));
      }
    }
    return answers;
  }

  @Override
  public List<String> damage() {
    List<String> damage = new ArrayList<>();
    try (Connection c = TestPostgres.connect(database); Statement st = c.createStatement()) {
      for (String table : List.of("sessions", "answer_events", "audit_log", "visits", "notes",
          "identities", "document_status", "follow_up", "resume_attempts", "accounts")) {
        try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
          rs.next();
        }
      }
    } catch (SQLException e) {
      damage.add("tables cannot be read: " + e.getMessage());
    }
    try (Stores store = open(Clock.systemUTC())) {
      Optional<AuditEntry> broken = store.audit().firstBroken();
      broken.ifPresent(e -> damage.add("audit chain broken at entry " + e.seq()));
    } catch (RuntimeException e) {
      damage.add("store does not open: " + e);
    }
    return damage;
  }

  @Override
  public void plantOldSessions(int count) {
    Clock longAgo = Clock.fixed(Instant.now().minus(Duration.ofDays(400)), ZoneOffset.UTC);
    Actor actor = new Actor("torture", "poste-ancien");
    try (Stores stores = open(longAgo)) {
      var store = stores.sessions();
      for (int i = 0; i < count; i++) {
        Session session = store.create("test-accueil", "1", actor);
        store.appendAnswer(session.id(), "en_couple", "non", actor);
        store.appendAnswer(session.id(), "prenom", "Ancien" + i, actor);
        store.release(session.id(), actor.terminalId());
      }
    }
  }
}
