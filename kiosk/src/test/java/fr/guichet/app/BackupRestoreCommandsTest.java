package fr.guichet.app;

import fr.guichet.store.session.Session;
import fr.guichet.store.Stores;
import fr.guichet.store.sqlite.SqliteStores;
import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.store.Actor;
import fr.guichet.store.DataDirectory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupRestoreCommandsTest {
  private static final Actor DESK = new Actor("m.durand", "accueil-1");
  private static final String NAME = "Ginette Quatrefages";

  @TempDir Path dir;
  Path source;
  Path backup;
  Session session;

  @BeforeEach
  void storeWithOneSession() {
    source = dir.resolve("source");
    backup = dir.resolve("copie.db");
    try (Stores store = SqliteStores.open(DataDirectory.of(source))) {
      session = store.sessions().create("accueil-ccas", "1", DESK);
      store.sessions().open(session.id(), DESK);
      store.sessions().appendAnswer(session.id(), "nom", NAME, DESK);
      store.sessions().appendAnswer(session.id(), "loyer", "512.34", DESK);
      store.sessions().release(session.id(), DESK.terminalId());
    }
  }

  private Cli.Result run(String... args) {
    return Cli.runRaw(List.of(), args);
  }

  private Map<String, String> answersIn(Path data) {
    try (Stores store = SqliteStores.open(DataDirectory.of(data))) {
      return store.sessions().currentAnswers(session.id());
    }
  }

  @Test
  void backupThenRestore_intoEmptyDirectory_givesTheSameAnswers() {
    assertThat(run("backup", "--data", source.toString(), "--out", backup.toString()).exit())
        .isZero();
    Path second = dir.resolve("second");
    Cli.Result restored = run("restore", backup.toString(), "--data", second.toString(),
        "--key", source.resolve("guichet.key").toString());
    assertThat(restored.exit()).as(restored.err()).isZero();
    assertThat(restored.out()).contains("dossiers 1, réponses 2")
        .contains("OK nombres de lignes identiques");
    assertThat(answersIn(second)).containsExactly(Map.entry("nom", NAME),
        Map.entry("loyer", "512.34"));
  }

  @Test
  void backup_isOwnerOnly_sealed_andWithoutTheKey() throws Exception {
    Cli.Result r = run("backup", "--data", source.toString(), "--out", backup.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("n'est pas dans la sauvegarde");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup)))
        .isEqualTo("rw-------");
    String bytes = new String(Files.readAllBytes(backup), StandardCharsets.ISO_8859_1);
    String key = Files.readString(source.resolve("guichet.key")).strip().split(" ")[1];
    assertThat(bytes).doesNotContain(NAME).doesNotContain("512.34").doesNotContain(key);
  }

  @Test
  void backup_toAnExistingFile_isRefusedAndLeavesItAlone() throws Exception {
    Files.writeString(backup, "autre chose");
    Cli.Result r = run("backup", "--data", source.toString(), "--out", backup.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("existe déjà");
    assertThat(Files.readString(backup)).isEqualTo("autre chose");
  }

  @Test
  void verify_withAnotherStoresKey_isRefused() {
    run("backup", "--data", source.toString(), "--out", backup.toString());
    Path other = dir.resolve("autre");
    SqliteStores.open(DataDirectory.of(other)).close();
    Cli.Result r = run("backup", "--verify", backup.toString(), "--key",
        other.resolve("guichet.key").toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("ne correspond pas");
  }

  @Test
  void verify_afterRowsRemovedFromTheCopy_namesTheTable() throws Exception {
    run("backup", "--data", source.toString(), "--out", backup.toString());
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + backup);
        Statement st = c.createStatement()) {
      st.execute("DELETE FROM answer_events WHERE answer_key = 'loyer'");
    }
    Cli.Result r = run("backup", "--verify", backup.toString(), "--data", source.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("answer_events : 2 ≠ 1");
  }

  @Test
  void restore_overAStoreWithData_isRefusedWithoutForce() {
    run("backup", "--data", source.toString(), "--out", backup.toString());
    try (Stores store = SqliteStores.open(DataDirectory.of(source))) {
      store.sessions().create("accueil-ccas", "1", DESK);
    }
    Cli.Result refused = run("restore", backup.toString(), "--data", source.toString());
    assertThat(refused.exit()).isEqualTo(1);
    assertThat(refused.err()).contains("--force").contains("dossiers 2");
    try (Stores store = SqliteStores.open(DataDirectory.of(source))) {
      assertThat(store.sessions().list()).hasSize(2);
    }
    Cli.Result forced = run("restore", backup.toString(), "--data", source.toString(),
        "--force");
    assertThat(forced.exit()).as(forced.err()).isZero();
    try (Stores store = SqliteStores.open(DataDirectory.of(source))) {
      assertThat(store.sessions().list()).extracting(Session::id).containsExactly(session.id());
    }
  }

  @Test
  void scheduledBackups_keepOnlyTheNewest() throws Exception {
    Path folder = dir.resolve("sauvegardes");
    for (int i = 0; i < 3; i++) {
      Cli.Result r = run("backup", "--data", source.toString(), "--dir", folder.toString(),
          "--keep", "2");
      assertThat(r.exit()).as(r.err()).isZero();
    }
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files.map(p -> p.getFileName().toString()).toList()).hasSize(2)
          .allMatch(n -> n.matches("guichet-\\d{8}-\\d{6}(-\\d+)?\\.db"));
    }
  }
}
