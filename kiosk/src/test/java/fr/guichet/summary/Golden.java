package fr.guichet.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden text files under kiosk/src/test/resources/golden. After a deliberate change of wording
 * or layout, rerun with {@code -Dguichet.updateGolden=true} and review the diff before committing.
 */
final class Golden {
  private static final Path SOURCE_DIR = Path.of("src", "test", "resources", "golden");

  private Golden() {}

  static void assertMatches(String name, String actual) {
    Path file = SOURCE_DIR.resolve(name);
    try {
      if (Boolean.getBoolean("guichet.updateGolden")) {
        Files.createDirectories(SOURCE_DIR);
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      assertThat(file).as("golden file %s (create it with -Dguichet.updateGolden=true)", file).exists();
      assertThat(actual).as("extracted text vs %s (rerun with -Dguichet.updateGolden=true to update)", file)
          .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
