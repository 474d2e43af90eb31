package fr.guichet.config;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code store:} part of the configuration.
 *
 * @param sqliteFile the database file when {@code url} is {@code sqlite:FILE}
 * @param postgresUrl the JDBC URL when {@code url} is {@code jdbc:postgresql://...}
 */
public record StoreSpec(Optional<Path> sqliteFile, Optional<String> postgresUrl,
    Optional<String> user, Optional<Path> passwordFile) {
  public StoreSpec {
    Objects.requireNonNull(sqliteFile, "sqliteFile");
    Objects.requireNonNull(postgresUrl, "postgresUrl");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(passwordFile, "passwordFile");
    if (sqliteFile.isPresent() == postgresUrl.isPresent()) {
      throw new IllegalArgumentException("exactly one of sqliteFile and postgresUrl");
    }
  }
}
