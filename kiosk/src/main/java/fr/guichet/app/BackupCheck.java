package fr.guichet.app;

import fr.guichet.store.session.Session;
import fr.guichet.store.Stores;
import fr.guichet.store.sqlite.SqliteStores;
import fr.guichet.backup.SqliteBackup;
import fr.guichet.store.DataDirectory;
import fr.guichet.store.StoreException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Checks a backup file the way a restore would use it: SQLite's integrity check, the row counts
 * against those recorded at copy time, then a scratch copy opened as a store with the key file,
 * every answer decrypted and the audit chain verified.
 */
final class BackupCheck {
  private BackupCheck() {}

  /** Prints one line per check; returns true when the backup can be restored with that key. */
  static boolean verify(Path backup, Path keyFile, PrintWriter out, PrintWriter err) {
    SqliteBackup.Inspection inspection = SqliteBackup.inspect(backup);
    out.println("Sauvegarde du " + inspection.createdAt() + " : " + inspection.summary());
    if (!inspection.intact()) {
      err.println("Erreur : le fichier est abîmé (" + inspection.integrity() + ").");
      return false;
    }
    List<String> diff = inspection.countDifferences();
    if (!diff.isEmpty()) {
      err.println("Erreur : les nombres de lignes ne sont plus ceux de la copie ("
          + String.join(", ", diff) + ").");
      return false;
    }
    out.println("OK fichier intact, nombres de lignes identiques à ceux de la copie");
    if (!Files.isRegularFile(keyFile)) {
      err.println("Erreur : clé " + keyFile + " introuvable ; indiquez la clé sauvegardée avec"
          + " --key FICHIER.");
      return false;
    }
    long answers = openWithKey(backup, keyFile);
    out.println("OK la sauvegarde s'ouvre avec la clé " + keyFile + " : "
        + inspection.sessions() + " dossiers, " + answers
        + " réponses déchiffrées, journal d'audit intact");
    return true;
  }

  /**
   * Opens a scratch copy of {@code backup} as a store with {@code keyFile}; returns how many
   * current answers it decrypted.
   *
   * @throws StoreException when the key does not match, a value fails its check, or the audit
   *     chain is broken
   */
  static long openWithKey(Path backup, Path keyFile) {
    Path scratch = scratchDirectory();
    try {
      DataDirectory dir = DataDirectory.of(scratch);
      Files.copy(backup, dir.databaseFile());
      Files.copy(keyFile, dir.keyFile(), StandardCopyOption.COPY_ATTRIBUTES);
      try (Stores store = SqliteStores.open(dir)) {
        long answers = 0;
        for (Session s : store.sessions().list()) {
          answers += store.sessions().currentAnswers(s.id()).size();
        }
        if (store.audit().firstBroken().isPresent()) {
          throw new StoreException("Le journal d'audit de la sauvegarde est rompu à l'entrée "
              + store.audit().firstBroken().get().seq() + ".", "Audit chain broken in backup");
        }
        return answers;
      }
    } catch (IOException e) {
      throw new StoreException("Impossible de préparer la vérification dans " + scratch
          + " (disque plein ?).", "Cannot copy backup to " + scratch, e);
    } finally {
      deleteTree(scratch);
    }
  }

  private static Path scratchDirectory() {
    try {
      return Files.createTempDirectory("guichet-verify-",
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    } catch (IOException e) {
      throw new StoreException("Impossible de créer un dossier temporaire pour la vérification.",
          "Cannot create temp directory", e);
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException | UncheckedIOException e) {
      // an owner-only scratch copy of sealed data is left in the temporary folder
    }
  }
}
