package fr.guichet.app;

import fr.guichet.store.Stores;
import fr.guichet.store.sqlite.SqliteStores;
import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.store.DataDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DoctorCommandTest {
  @TempDir Path dir;

  private String line(Cli.Result r, String subject) {
    return r.out().lines().filter(l -> l.contains(subject)).findFirst().orElseThrow();
  }

  @Test
  void doctor_onAHealthyStore_saysOkForFilesAndStore() {
    Path data = dir.resolve("data");
    SqliteStores.open(DataDirectory.of(data)).close();
    Cli.Result r = Cli.runRaw(List.of(), "doctor", "--data", data.toString());
    assertThat(line(r, "dossier de données")).startsWith("OK");
    assertThat(line(r, "clé")).startsWith("OK").contains("0600");
    assertThat(line(r, "base")).startsWith("OK").contains("schéma à jour");
    assertThat(line(r, "disque")).startsWith("OK");
  }

  @Test
  void doctor_withAReadableKeyAndDirectory_saysWhichChmodToRun() throws Exception {
    Path data = dir.resolve("data");
    SqliteStores.open(DataDirectory.of(data)).close();
    Files.setPosixFilePermissions(data.resolve("guichet.key"),
        PosixFilePermissions.fromString("rw-r--r--"));
    Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-x---"));
    Cli.Result r = Cli.runRaw(List.of(), "doctor", "--data", data.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(line(r, "clé")).startsWith("À FAIRE").contains("chmod 0600");
    assertThat(line(r, "dossier de données")).startsWith("À FAIRE").contains("chmod 0700");
  }

  @Test
  void doctor_withTheKeyGone_saysToPutTheSavedKeyBack() throws Exception {
    Path data = dir.resolve("data");
    SqliteStores.open(DataDirectory.of(data)).close();
    Files.delete(data.resolve("guichet.key"));
    Cli.Result r = Cli.runRaw(List.of(), "doctor", "--data", data.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(line(r, "clé")).startsWith("À FAIRE").contains("Remettez la clé");
    assertThat(line(r, "base")).startsWith("À FAIRE");
    assertThat(Files.exists(data.resolve("guichet.key"))).as("doctor never makes a new key")
        .isFalse();
  }

  @Test
  void doctor_onAFreshMachine_createsNothing() {
    Path data = dir.resolve("neuf");
    Cli.Result r = Cli.runRaw(List.of(), "doctor", "--data", data.toString());
    assertThat(line(r, "dossier de données")).startsWith("À FAIRE").contains("install -d");
    assertThat(Files.exists(data)).isFalse();
  }
}
