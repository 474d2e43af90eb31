package fr.guichet.app;

import fr.guichet.store.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Dated backup files in one folder, of which the newest N are kept (scheduled backups). */
final class BackupRotation {
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
  private static final Pattern NAME = Pattern.compile("guichet-\\d{8}-\\d{6}(-\\d+)?\\.db");

  private BackupRotation() {}

  /** A new file name in {@code dir} (created owner-only if missing), never an existing one. */
  static Path nextFile(Path dir) {
    try {
      if (!Files.isDirectory(dir)) {
        Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(
            PosixFilePermissions.fromString("rwx------")));
      }
    } catch (IOException e) {
      throw new StoreException("Le dossier des sauvegardes " + dir + " ne peut pas être créé.",
          "Cannot create backup folder " + dir, e);
    }
    String stamp = "guichet-" + LocalDateTime.now().format(STAMP);
    Path file = dir.resolve(stamp + ".db");
    for (int i = 2; Files.exists(file); i++) {
      file = dir.resolve(stamp + "-" + i + ".db");
    }
    return file;
  }

  /** Deletes all but the {@code keep} newest backups of {@code dir}; returns what it deleted. */
  static List<Path> keepNewest(Path dir, int keep) {
    List<Path> backups;
    try (Stream<Path> files = Files.list(dir)) {
      backups = new ArrayList<>(files
          .filter(p -> NAME.matcher(p.getFileName().toString()).matches())
          .sorted()
          .toList());
    } catch (IOException e) {
      throw new StoreException("Le dossier des sauvegardes " + dir + " est illisible.",
          "Cannot list " + dir, e);
    }
    List<Path> deleted = new ArrayList<>();
    for (int i = 0; i < backups.size() - keep; i++) {
      try {
        Files.delete(backups.get(i));
        deleted.add(backups.get(i));
      } catch (IOException e) {
        throw new StoreException("L'ancienne sauvegarde " + backups.get(i)
            + " n'a pas pu être supprimée.", "Cannot delete " + backups.get(i), e);
      }
    }
    return deleted;
  }
}
