package fr.guichet.app;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.store.Actor;
import fr.guichet.store.DataDirectory;
import fr.guichet.store.StoreLocation;
import fr.guichet.store.StoreSettings;
import fr.guichet.store.Stores;
import fr.guichet.store.personal.Identity;
import fr.guichet.store.postgres.PostgresStores;
import fr.guichet.store.session.Session;
import fr.guichet.store.sqlite.SqliteStores;
import fr.guichet.testing.TestPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code guichet store copy}: a desk's SQLite store into PostgreSQL, and back, nothing lost. */
class StoreCopyCommandTest {
  private static final Actor DESK = new Actor("m.durand", "accueil-1");

  @TempDir Path dir;
  String database;
  StoreLocation.Postgres pg;

  @BeforeEach
  void server() {
    database = TestPostgres.createDatabase();
    pg = TestPostgres.location(database, dir.resolve("etc"), dir.resolve("guichet.key"));
  }

  @AfterEach
  void drop() {
    if (database != null) {
      TestPostgres.dropDatabase(database);
    }
  }

  private Path sqliteConfig(String name) throws IOException {
    return Files.writeString(dir.resolve(name + ".yaml"), "store:\n  url: sqlite:" + dir
        + "/" + name + "/guichet.db\nkey_file: " + dir + "/guichet.key\n");
  }

  private Path postgresConfig() throws IOException {
    return Files.writeString(dir.resolve("pg.yaml"), """
        store:
          url: %s
          user: %s
          password_file: %s
        key_file: %s
        """.formatted(pg.url(), pg.user(), pg.passwordFile(), pg.keyFile()));
  }

  @Test
  void copy_sqliteToPostgresAndBack_keepsAnswersIdentityAccountsAndTheAuditChain()
      throws IOException {
    Path desk = sqliteConfig("desk");
    UUID id;
    try (Stores store = SqliteStores.open(DataDirectory.forDatabase(dir.resolve("desk/guichet.db"),
        dir.resolve("guichet.key")), Clock.systemUTC(), StoreSettings.defaults())) {
      Session s = store.sessions().create("rsa", "1", DESK);
      id = s.id();
      store.sessions().appendAnswer(id, "loyer", "640.00", DESK);
      store.sessions().appendAnswer(id, "loyer", "650.00", DESK);
      store.resumes().setSecondFactor(id, LocalDate.of(1958, 4, 12));
      store.personal().setIdentity(id, new Identity("Quatrefages", "Ginette", "", ""), DESK);
      store.accounts().createFirst("chef", "pbkdf2-sha256$1$AA$AA", "RESPONSABLE", DESK);
    }
    Path server = postgresConfig();

    Cli.Result up = Cli.runRaw(List.of(), "store", "copy", "--from", desk.toString(), "--to",
        server.toString());
    assertThat(up.exit()).as(up.err()).isZero();
    assertThat(up.out()).contains("answer_events    2 ligne(s)", "Copie terminée");
    try (Stores store = PostgresStores.open(pg, Clock.systemUTC(), StoreSettings.defaults())) {
      assertThat(store.sessions().currentAnswers(id)).containsExactly(Map.entry("loyer", "650.00"));
      assertThat(store.personal().search("quatrefages", LocalDate.of(1958, 4, 12), DESK))
          .extracting(Session::id).containsExactly(id);
      assertThat(store.accounts().find("chef")).isPresent();
      assertThat(store.audit().firstBroken()).isEmpty();
    }

    Cli.Result again = Cli.runRaw(List.of(), "store", "copy", "--from", desk.toString(), "--to",
        server.toString());
    assertThat(again.exit()).isEqualTo(1);
    assertThat(again.err()).contains("n'est pas vide");

    Path back = sqliteConfig("back");
    Cli.Result down = Cli.runRaw(List.of(), "store", "copy", "--from", server.toString(), "--to",
        back.toString());
    assertThat(down.exit()).as(down.err()).isZero();
    try (Stores store = SqliteStores.open(DataDirectory.forDatabase(dir.resolve("back/guichet.db"),
        dir.resolve("guichet.key")), Clock.systemUTC(), StoreSettings.defaults())) {
      assertThat(store.sessions().currentAnswers(id)).containsExactly(Map.entry("loyer", "650.00"));
      assertThat(store.audit().firstBroken()).isEmpty();
      assertThat(store.audit().trail(id)).isNotEmpty();
    }
  }

  @Test
  void copy_toAStoreWithAnotherKey_isRefused() throws IOException {
    Path desk = sqliteConfig("desk");
    SqliteStores.open(DataDirectory.forDatabase(dir.resolve("desk/guichet.db"),
        dir.resolve("guichet.key"))).close();
    Path other = Files.writeString(dir.resolve("other.yaml"), "store:\n  url: sqlite:" + dir
        + "/other/guichet.db\nkey_file: " + dir + "/other/guichet.key\n");
    Cli.Result r = Cli.runRaw(List.of(), "store", "copy", "--from", desk.toString(), "--to",
        other.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("même clé");
  }
}
