package fr.guichet.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * SQLite ({@code db/migration}) and PostgreSQL ({@code db/postgresql}) migrations go side by side:
 * the same version numbers with the same names, so a change to the schema is made for both
 * stores or for neither.
 */
class MigrationsSideBySideTest {
  private static final Path RESOURCES = Path.of("src/main/resources/db");

  private static List<String> names(String folder) throws IOException {
    try (Stream<Path> files = Files.list(RESOURCES.resolve(folder))) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql"))
          .sorted().toList();
    }
  }

  @Test
  void migrations_existForBothStoresWithTheSameVersions() throws IOException {
    List<String> sqlite = names("migration");
    assertThat(sqlite).isNotEmpty();
    assertThat(names("postgresql"))
        .as("every db/migration/V*.sql needs its PostgreSQL twin in db/postgresql/")
        .isEqualTo(sqlite);
  }
}
