package fr.guichet.store;

import fr.guichet.store.Stores;
import fr.guichet.store.sqlite.SqliteStores;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {
  @TempDir Path tmp;

  @Test
  void resolve_prefersOptionThenEnvironmentThenHome() {
    Path home = tmp.resolve("home");
    Map<String, String> env = Map.of("GUICHET_DATA", "/srv/guichet");
    assertThat(DataDirectory.resolve("/opt/d", env, home).path()).isEqualTo(Path.of("/opt/d"));
    assertThat(DataDirectory.resolve(null, env, home).path()).isEqualTo(Path.of("/srv/guichet"));
    assertThat(DataDirectory.resolve(" ", Map.of(), home).path())
        .isEqualTo(home.resolve(".local/share/guichet"));
  }

  @Test
  void resolve_whenHomeDiffersFromAccountHome_followsHome() {
    Path accountHome = tmp.resolve("account");
    Map<String, String> env = Map.of("HOME", "/home/other");
    assertThat(DataDirectory.resolve(null, env, accountHome).path())
        .isEqualTo(Path.of("/home/other/.local/share/guichet"));
  }

  @Test
  void resolve_whenXdgDataHomeSet_usesItUnlessRelative() {
    Path accountHome = tmp.resolve("account");
    assertThat(DataDirectory.resolve(null,
        Map.of("HOME", "/home/other", "XDG_DATA_HOME", "/var/xdg"), accountHome).path())
        .isEqualTo(Path.of("/var/xdg/guichet"));
    assertThat(DataDirectory.resolve(null,
        Map.of("HOME", "/home/other", "XDG_DATA_HOME", "rel/xdg"), accountHome).path())
        .isEqualTo(Path.of("/home/other/.local/share/guichet"));
  }

  @Test
  void ensureUsable_whenMissing_createsOwnerOnlyDirectory() throws IOException {
    Path data = tmp.resolve("a/b/guichet");
    DataDirectory.of(data).ensureUsable();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data)))
        .isEqualTo("rwx------");
  }

  @Test
  void ensureUsable_whenPathIsAFile_throwsFrenchMessage() throws IOException {
    Path file = Files.writeString(tmp.resolve("file"), "x");
    assertThatThrownBy(() -> DataDirectory.of(file).ensureUsable())
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("not a directory")
        .extracting(e -> ((StoreException) e).userMessage()).asString()
        .contains("n'est pas un dossier", "--data");
  }

  @Test
  void open_whenDirectoryReadOnly_throwsFrenchMessage() throws IOException {
    assumeFalse("root".equals(System.getProperty("user.name")), "root ignores permissions");
    Path data = Files.createDirectory(tmp.resolve("ro"));
    Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("r-x------"));
    assertThatThrownBy(() -> SqliteStores.open(DataDirectory.of(data), Clock.systemUTC(),
        StoreSettings.defaults()))
        .isInstanceOf(StoreException.class)
        .extracting(e -> ((StoreException) e).userMessage()).asString()
        .contains("lecture seule");
  }

  @Test
  void open_whenDatabaseFileIsNotADatabase_throwsFrenchMessage() throws IOException {
    Files.writeString(tmp.resolve("guichet.db"), "ceci n'est pas une base ".repeat(200));
    assertThatThrownBy(() -> SqliteStores.open(DataDirectory.of(tmp), Clock.systemUTC(),
        StoreSettings.defaults()))
        .isInstanceOf(StoreException.class)
        .extracting(e -> ((StoreException) e).userMessage()).asString()
        .contains("abîmé");
  }
}
