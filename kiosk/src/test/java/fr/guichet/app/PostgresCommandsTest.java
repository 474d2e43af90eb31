package fr.guichet.app;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.store.StoreLocation;
import fr.guichet.testing.TestPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands on a configured PostgreSQL store, on the real test server. */
class PostgresCommandsTest {
  @TempDir Path dir;
  String database;
  Path config;

  @BeforeEach
  void server() throws IOException {
    database = TestPostgres.createDatabase();
    StoreLocation.Postgres pg = TestPostgres.location(database, dir.resolve("etc"),
        dir.resolve("etc/guichet.key"));
    config = Files.writeString(dir.resolve("etc/guichet.yaml"), """
        site: pimms-centre
        store:
          url: %s
          user: %s
          password_file: %s
        key_file: %s
        """.formatted(pg.url(), pg.user(), pg.passwordFile(), pg.keyFile()));
  }

  @AfterEach
  void drop() {
    if (database != null) {
      TestPostgres.dropDatabase(database);
    }
  }

  @Test
  void configCheck_onTheRealServer_saysReachableAndEmpty_thenWithTables() {
    Cli.Result first = Cli.runRaw(List.of(), "config", "check", "--config", config.toString());
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out()).contains("Base : PostgreSQL " + TestPostgres.urlOf(database),
        "Serveur : joignable (PostgreSQL ", "base vide", "Configuration correcte.");

    Cli.Result sessions = Cli.runRaw(List.of(), "sessions", "--config", config.toString());
    assertThat(sessions.exit()).as(sessions.err()).isZero();
    assertThat(sessions.out()).contains("0 entretien(s).");
    assertThat(Cli.runRaw(List.of(), "config", "check", "--config", config.toString()).out())
        .contains("tables de Guichet présentes");
  }

  @Test
  void backup_onPostgres_refusesAndNamesPgDump_doctorChecksTheServer() {
    Cli.Result backup = Cli.runRaw(List.of(), "backup", "--out", dir.resolve("b.db").toString(),
        "--config", config.toString());
    assertThat(backup.exit()).isEqualTo(1);
    assertThat(backup.err()).contains("pg_dump");
    assertThat(dir.resolve("b.db")).doesNotExist();

    Cli.Result doctor = Cli.runRaw(List.of(), "doctor", "--config", config.toString(),
        "--data", dir.resolve("data").toString());
    assertThat(doctor.out()).contains("base PostgreSQL " + TestPostgres.urlOf(database))
        .contains("joignable (PostgreSQL");
  }
}
