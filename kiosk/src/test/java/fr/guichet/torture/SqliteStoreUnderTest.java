package fr.guichet.torture;

import fr.guichet.store.Actor;
import fr.guichet.store.DataDirectory;
import fr.guichet.store.StoreSettings;
import fr.guichet.store.Stores;
import fr.guichet.store.audit.AuditEntry;
import fr.guichet.store.session.Session;
import fr.guichet.store.sqlite.SqliteStores;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
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

/** The SQLite store in a data directory, read back with the application's own store code and SQLite's own check. */
final class SqliteStoreUnderTest implements StoreUnderTest {
  private final Path directory;

  SqliteStoreUnderTest(Path directory) {
    this.directory = directory;
  }

  @Override
  public List<String> options() {
    return List.of("--data", directory.toString());
  }

  @Override
  public Path directory() {
    return directory;
  }

  @Override
  public Map<String, Map<String, String>> answersByCode() {
    Map<String, Map<String, String>> answers = new LinkedHashMap<>();
    try (Stores store = SqliteStores.open(DataDirectory.of(directory))) {
      for (Session session : store.sessions().list()) answers.put(session.resumeCode().toString(), store.sessions().currentAnswers(session.id()));
    }
    return answers;
  }

  @Override
  public List<String> damage() {
    List<String> damage = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + directory.resolve("guichet.db"));
        Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
      while (r.next()) if (!r.getString(1).equals("ok")) damage.add("integrity_check: " + r.getString(1));
    } catch (SQLException e) {
      damage.add("integrity_check could not run: " + e.getMessage());
    }
    try (Stores store = SqliteStores.open(DataDirectory.of(directory))) {
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
    try (Stores stores = SqliteStores.open(DataDirectory.of(directory), longAgo, StoreSettings.defaults())) {
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
