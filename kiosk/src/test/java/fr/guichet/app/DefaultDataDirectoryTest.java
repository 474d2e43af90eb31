package fr.guichet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without {@code --data} nor {@code GUICHET_DATA}, a real {@code guichet sessions} process opens
 * the database under the {@code HOME} (or {@code XDG_DATA_HOME}) it was given, never under the
 * account's passwd home, which a harness or a second user would share.
 */
class DefaultDataDirectoryTest {
  @TempDir Path tmp;

  @Test
  void sessions_whenHomeIsSetElsewhere_opensTheDatabaseUnderThatHome() throws Exception {
    Path accountHome = Files.createDirectories(tmp.resolve("account-home"));
    Path home = Files.createDirectories(tmp.resolve("home"));

    String out = runSessions(accountHome, Map.of("HOME", home.toString()));

    assertThat(out).contains("0 entretien(s).");
    assertThat(home.resolve(".local/share/guichet/guichet.db")).exists();
    assertThat(accountHome.resolve(".local")).doesNotExist();
  }

  @Test
  void sessions_whenXdgDataHomeIsSet_opensTheDatabaseThere() throws Exception {
    Path accountHome = Files.createDirectories(tmp.resolve("account-home"));
    Path home = Files.createDirectories(tmp.resolve("home"));
    Path xdg = tmp.resolve("xdg-data");

    runSessions(accountHome, Map.of("HOME", home.toString(), "XDG_DATA_HOME", xdg.toString()));

    assertThat(xdg.resolve("guichet/guichet.db")).exists();
    assertThat(home.resolve(".local")).doesNotExist();
    assertThat(accountHome.resolve(".local")).doesNotExist();
  }

  /** {@code accountHome} plays the passwd home: the JVM's {@code user.home}. */
  private static String runSessions(Path accountHome, Map<String, String> env)
      throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1", "-Duser.home=" + accountHome,
        "-cp", System.getProperty("java.class.path"), Main.class.getName(), "sessions"));
    pb.environment().remove("GUICHET_DATA");
    pb.environment().remove("XDG_DATA_HOME");
    pb.environment().putAll(env);
    pb.redirectErrorStream(true);
    Process p = pb.start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("guichet sessions ended").isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return out;
  }
}
