package fr.guichet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigCommandTest {
  @TempDir Path dir;

  @Test
  void configCheck_onAGoodSqliteFile_saysWhichStoreAndThatItCanBeCreated() throws IOException {
    Path file = Files.writeString(dir.resolve("guichet.yaml"), """
        site: ccas-nord
        store:
          url: sqlite:%s/base/guichet.db
        key_file: %s/base/guichet.key
        """.formatted(dir, dir));
    Cli.Result r = Cli.runRaw(List.of(), "config", "check", "--config", file.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("Site : ccas-nord", "Base : SQLite " + dir + "/base/guichet.db",
        "il sera créé à la première ouverture", "Configuration correcte.");
  }

  @Test
  void anyCommand_withABadFile_refusesWithFileAndLine() throws IOException {
    Path file = Files.writeString(dir.resolve("guichet.yaml"), "site: ok\nstore:\n  adresse: x\n");
    Cli.Result check = Cli.runRaw(List.of(), "config", "check", "--config", file.toString());
    assertThat(check.exit()).isEqualTo(1);
    assertThat(check.err()).contains(file + ":3:3: clé inconnue « adresse »");

    Cli.Result sessions = Cli.runRaw(List.of(), "--config", file.toString(), "sessions");
    assertThat(sessions.exit()).isEqualTo(1);
    assertThat(sessions.err()).contains("la configuration est refusée", file + ":3:3:");
  }

  @Test
  void sessions_withAConfiguredSqliteFile_usesThatFileAndKey() throws IOException {
    Path file = Files.writeString(dir.resolve("guichet.yaml"), """
        store:
          url: sqlite:%s/ailleurs/guichet.db
        key_file: %s/cles/guichet.key
        """.formatted(dir, dir));
    Files.createDirectories(dir.resolve("cles"));
    Cli.Result r = Cli.runRaw(List.of(), "sessions", "--config", file.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(dir.resolve("ailleurs/guichet.db")).exists();
    assertThat(dir.resolve("cles/guichet.key")).exists();
  }

  @Test
  void configCheck_onAnUnreachablePostgresServer_saysSoAndFails() throws IOException {
    Path file = Files.writeString(dir.resolve("guichet.yaml"), """
        site: pimms-centre
        store:
          url: jdbc:postgresql://127.0.0.1:1/guichet
          user: guichet
        key_file: %s/guichet.key
        """.formatted(dir));
    Cli.Result r = Cli.runRaw(List.of(), "config", "check", "--config", file.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("Base : PostgreSQL jdbc:postgresql://127.0.0.1:1/guichet (rôle guichet)",
        "Serveur : injoignable : le serveur de la base de données ne répond pas");
  }
}
