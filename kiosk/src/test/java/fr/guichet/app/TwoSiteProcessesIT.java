package fr.guichet.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.guichet.store.StoreSettings;
import fr.guichet.store.Stores;
import fr.guichet.store.postgres.PostgresStores;
import fr.guichet.store.session.Session;
import fr.guichet.store.session.Visit;
import fr.guichet.testing.TestPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two real {@code guichet} processes, two sites, two configuration files, one PostgreSQL server:
 * site A saves, site B resumes the code and adds answers, site A resumes again and sees them.
 */
class TwoSiteProcessesIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path JAR = Path.of("target/guichet.jar");

  @TempDir Path work;
  String database;

  @BeforeEach
  void database() {
    database = TestPostgres.createDatabase();
  }

  @AfterEach
  void drop() {
    if (database != null) {
      TestPostgres.dropDatabase(database);
    }
  }

  private Path site(String name) throws IOException {
    Path etc = Files.createDirectories(work.resolve(name));
    Path password = Files.writeString(etc.resolve("db-password"), TestPostgres.password() + "\n");
    return Files.writeString(etc.resolve("guichet.yaml"), """
        site: %s
        poste: %s-1
        store:
          url: %s
          user: %s
          password_file: %s
        key_file: %s
        """.formatted(name, name, TestPostgres.urlOf(database), TestPostgres.user(), password,
        work.resolve("guichet.key")));
  }

  private JsonNode guichet(Path config, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        JAR.toString(), "--config", config.toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(work, "out", ".json");
    Path err = Files.createTempFile(work, "err", ".txt");
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile())
        .redirectError(err.toFile()).start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(Files.readString(err, StandardCharsets.UTF_8)).isZero();
    return JSON.readTree(out.toFile());
  }

  private Path answers(String name, String yaml) throws IOException {
    return Files.writeString(work.resolve(name), yaml);
  }

  @Test
  void siteA_saves_siteB_resumesAndAdds_siteA_seesIt() throws Exception {
    TestPostgres.require();
    Path script = Files.writeString(work.resolve("logement.yaml"), TwoSitesTest.SCRIPT_TEXT);
    Path pimms = site("pimms-centre");
    Path ccas = site("ccas-nord");

    JsonNode a = guichet(pimms, "replay", "--script", script.toString(), "--save",
        "--answers", answers("a.yaml", "locataire: oui\n").toString());
    String code = a.get("resume_code").asText();

    JsonNode b = guichet(ccas, "replay", "--script", script.toString(), "--resume", code,
        "--answers", answers("b.yaml", "loyer: 640\n").toString());
    assertThat(b.get("answers").get("locataire").asText()).isEqualTo("oui");

    JsonNode again = guichet(pimms, "replay", "--script", script.toString(), "--resume", code,
        "--answers", answers("c.yaml", "charges: 35\n").toString());
    assertThat(again.get("answers").get("loyer").asText()).isEqualTo("640.00");
    assertThat(again.get("answers").get("charges").asText()).isEqualTo("35.00");

    try (Stores store = PostgresStores.open(TestPostgres.location(database, work.resolve("check"),
        work.resolve("guichet.key")), Clock.systemUTC(), StoreSettings.defaults())) {
      Session s = store.sessions().list().get(0);
      assertThat(store.visits().visits(s.id())).extracting(Visit::site, Visit::terminal)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("pimms-centre", "pimms-centre-1"),
              org.assertj.core.groups.Tuple.tuple("ccas-nord", "ccas-nord-1"),
              org.assertj.core.groups.Tuple.tuple("pimms-centre", "pimms-centre-1"));
      assertThat(store.audit().firstBroken()).isEmpty();
    }
  }
}
