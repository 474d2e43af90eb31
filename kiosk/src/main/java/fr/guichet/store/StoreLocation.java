package fr.guichet.store;

import java.nio.file.Path;
import java.util.Objects;

/** Where a store is: a SQLite file on this computer, or a PostgreSQL server shared by sites. */
public sealed interface StoreLocation {

  /** The key file that seals every personal value (the same on every site of one network). */
  Path keyFile();

  /** Where the data is, in words for a French screen (never holds a password). */
  String describe();

  /** The embedded store: one SQLite file, its key file beside it unless told otherwise. */
  record Sqlite(DataDirectory directory) implements StoreLocation {
    public Sqlite {
      Objects.requireNonNull(directory, "directory");
    }

    @Override
    public Path keyFile() {
      return directory.keyFile();
    }

    @Override
    public String describe() {
      return "SQLite " + directory.databaseFile();
    }
  }

  /**
   * A PostgreSQL server.
   *
   * @param url the JDBC URL, {@code jdbc:postgresql://host:port/database}
   * @param user the database role
   * @param passwordFile a file whose first line is the role's password (null: no password, e.g.
   *     a local socket with peer authentication)
   */
  record Postgres(String url, String user, Path passwordFile, Path keyFile)
      implements StoreLocation {
    public Postgres {
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(keyFile, "keyFile");
      if (!url.startsWith("jdbc:postgresql:")) {
        throw new IllegalArgumentException("not a PostgreSQL JDBC URL");
      }
    }

    @Override
    public String describe() {
      return "PostgreSQL " + withoutParameters(url) + (user == null ? "" : " (rôle " + user + ")");
    }

    /** The URL without its {@code ?...} part, which may carry a password. */
    private static String withoutParameters(String url) {
      int q = url.indexOf('?');
      return q < 0 ? url : url.substring(0, q);
    }
  }
}
