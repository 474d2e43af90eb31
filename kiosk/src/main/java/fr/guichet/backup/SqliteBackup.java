package fr.guichet.backup;

import fr.guichet.store.StoreException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Online backup and restore of the SQLite store, file to file, without stopping the terminals.
 *
 * <p>A backup is {@code VACUUM INTO}: one read transaction, so a consistent snapshot even while
 * other processes write; free pages are not copied, so erased sessions do not travel. Values are
 * copied as stored, sealed under the data key; the key file is never put in the backup. A
 * {@link BackupManifest} is added to the copy. A restore uses SQLite's backup API (page by page
 * under SQLite's own locks), then drops the manifest.
 */
public final class SqliteBackup {
  /** The result of a backup: the counts of the copy and of the source around it. */
  public record Made(Path file, long bytes, TableCounts copy, TableCounts sourceBefore,
      TableCounts sourceAfter) {
    /** True when terminals wrote while the copy was made (the copy is still consistent). */
    public boolean sourceMoved() {
      return !sourceBefore.equals(sourceAfter);
    }

    public String summary() {
      return copy.summary();
    }
  }

  /** What a backup file holds and whether it is whole. */
  public record Inspection(BackupManifest manifest, TableCounts actual, String integrity) {
    public boolean intact() {
      return "ok".equals(integrity);
    }

    public List<String> countDifferences() {
      return differencesFrom(actual);
    }

    /** The tables whose counts in {@code other} differ from those recorded at copy time. */
    public List<String> differencesFrom(TableCounts other) {
      return manifest.counts().differences(other);
    }

    public String summary() {
      return actual.summary();
    }

    public String createdAt() {
      return manifest.createdAt().toString();
    }

    public long sessions() {
      return actual.sessions();
    }
  }

  private SqliteBackup() {}

  /**
   * Copies {@code database} to {@code out} (owner-only), which must not exist yet.
   *
   * @throws StoreException with a French message when the copy cannot be made
   */
  public static Made create(Path database, Path out, Clock clock) {
    if (!Files.isRegularFile(database)) {
      throw new StoreException("Il n'y a pas de base de données à sauvegarder : " + database
          + " n'existe pas. Vérifiez l'option --data.", "No database at " + database);
    }
    if (Files.exists(out)) {
      throw new StoreException("Le fichier " + out + " existe déjà : choisissez un autre nom,"
          + " une sauvegarde n'en écrase jamais une autre.", "Backup target exists: " + out);
    }
    Path temp = out.resolveSibling("." + out.getFileName() + ".partial");
    try {
      Files.deleteIfExists(temp);
      // VACUUM INTO accepts an empty file: create it owner-only first, so the copy is never
      // readable by others, not even for an instant.
      createOwnerOnly(temp);
      TableCounts before;
      TableCounts after;
      try (Connection source = connect(database)) {
        before = TableCounts.of(source);
        try (Statement st = source.createStatement()) {
          st.execute("VACUUM INTO '" + temp.toString().replace("'", "''") + "'");
        }
        after = TableCounts.of(source);
      }
      TableCounts copy;
      try (Connection c = connect(temp)) {
        copy = TableCounts.of(c);
        new BackupManifest(clock.instant(), BackupManifest.schemaVersion(c), copy).writeTo(c);
      }
      if (before.equals(after) && !copy.equals(before)) {
        throw new StoreException("La copie ne contient pas le même nombre de lignes que la base ("
            + String.join(", ", copy.differences(before)) + ") : la sauvegarde est refusée.",
            "Backup counts differ from an unchanged source");
      }
      sync(temp);
      Files.move(temp, out, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      sync(out.toAbsolutePath().getParent());
      return new Made(out, Files.size(out), copy, before, after);
    } catch (SQLException e) {
      throw failure("La sauvegarde n'a pas pu être écrite dans " + out
          + " (disque plein ou dossier non accessible en écriture ?).", "backup", out, e);
    } catch (IOException e) {
      throw failure("La sauvegarde n'a pas pu être écrite dans " + out + ".", "backup", out, e);
    } finally {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException ignored) {
        // an owner-only leftover; the next backup removes it
      }
    }
  }

  /**
   * Opens a backup file read-only, checks SQLite's integrity and recounts every table.
   *
   * @throws StoreException when the file is not a readable Guichet backup
   */
  public static Inspection inspect(Path backup) {
    if (!Files.isRegularFile(backup)) {
      throw new StoreException("Le fichier de sauvegarde " + backup + " est introuvable.",
          "No backup file " + backup);
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:"
        + backup.toAbsolutePath() + "?mode=ro")) {
      Optional<BackupManifest> manifest = BackupManifest.readFrom(c);
      if (manifest.isEmpty()) {
        throw new StoreException("Le fichier " + backup + " n'est pas une sauvegarde de Guichet"
            + " (faite par « guichet backup »).", "Not a Guichet backup: " + backup);
      }
      String integrity;
      try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
        integrity = rs.next() ? rs.getString(1) : "?";
      }
      return new Inspection(manifest.get(), TableCounts.of(c), integrity);
    } catch (SQLException e) {
      throw failure("Le fichier " + backup + " ne s'ouvre pas comme une base SQLite : il est"
          + " abîmé ou ce n'est pas une sauvegarde.", "inspect", backup, e);
    }
  }

  /**
   * Replaces the content of {@code database} (created if absent) with the backup's, through
   * SQLite's backup API, and drops the manifest. Returns the counts of the restored database.
   */
  public static TableCounts restore(Path backup, Path database) {
    try (Connection c = connect(database)) {
      try (Statement st = c.createStatement()) {
        st.executeUpdate("restore from '" + backup.toAbsolutePath().toString().replace("'", "''")
            + "'");
        st.execute("DROP TABLE IF EXISTS " + BackupManifest.TABLE);
        st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
      }
      ownerOnly(database);
      return TableCounts.of(c);
    } catch (SQLException e) {
      throw failure("La restauration dans " + database + " a échoué ; arrêtez les postes qui"
          + " utilisent ce dossier et recommencez.", "restore", database, e);
    }
  }

  /** The counts of a live database, or empty counts when the file does not exist. */
  public static TableCounts countsOf(Path database) {
    if (!Files.exists(database)) {
      return new TableCounts(java.util.Map.of());
    }
    try (Connection c = connect(database)) {
      return TableCounts.of(c);
    } catch (SQLException e) {
      throw failure("La base " + database + " ne s'ouvre pas.", "count", database, e);
    }
  }

  private static Connection connect(Path file) throws SQLException {
    org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
    config.setBusyTimeout(10_000);
    return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
  }

  private static void createOwnerOnly(Path file) throws IOException {
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(
          PosixFilePermissions.fromString("rw-------")));
    } else {
      Files.createFile(file);
    }
  }

  private static void ownerOnly(Path file) {
    try {
      if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      }
    } catch (IOException e) {
      throw new StoreException("Impossible de protéger le fichier " + file
          + " (droits 0600).", "chmod failed on " + file, e);
    }
  }

  private static void sync(Path path) {
    try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException e) {
      // some file systems cannot sync a directory; the data file itself was synced by SQLite
    }
  }

  private static StoreException failure(String french, String what, Path file, Exception e) {
    return new StoreException(french, "SQLite " + what + " failed on " + file + ": "
        + e.getMessage(), e);
  }
}
