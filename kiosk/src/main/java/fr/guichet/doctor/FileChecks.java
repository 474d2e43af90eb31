package fr.guichet.doctor;

import fr.guichet.store.DataDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/** The data directory, the key file and the free disk space. */
final class FileChecks {
  /** Below this, a day of interviews and the nightly backup may not fit. */
  static final long MIN_FREE_BYTES = 500L * 1024 * 1024;
  private static final Set<PosixFilePermission> GROUP_OR_OTHERS = EnumSet.of(
      PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
      PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
      PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

  private final DataDirectory dir;
  private final String user;

  FileChecks(DataDirectory dir, String user) {
    this.dir = dir;
    this.user = user;
  }

  Finding dataDirectory() {
    Path p = dir.path();
    String subject = "dossier de données " + p;
    try {
      if (!Files.isDirectory(p)) {
        return Finding.action(subject, "il n'existe pas. Créez-le pour l'utilisateur qui lance"
            + " Guichet : install -d -m 0700 -o " + user + " " + p);
      }
      String owner = Files.getOwner(p).getName();
      Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
      if (!owner.equals(user)) {
        return Finding.action(subject, "il appartient à " + owner + ", pas à " + user
            + ". Lancez Guichet en tant que " + owner + " (sudo -u " + owner
            + " guichet ...) ou corrigez : chown -R " + user + " " + p);
      }
      if (!Files.isWritable(p)) {
        return Finding.action(subject, "il est en lecture seule. Donnez le droit d'écriture : chmod 0700 " + p);
      }
      if (perms.stream().anyMatch(GROUP_OR_OTHERS::contains)) {
        return Finding.action(subject, "d'autres comptes peuvent y lire (droits "
            + PosixFilePermissions.toString(perms) + "). Fermez-le : chmod 0700 " + p);
      }
      return Finding.ok(subject, "propriétaire " + owner + ", droits 0700");
    } catch (IOException | UnsupportedOperationException e) {
      return Finding.action(subject, "ses droits sont illisibles (" + e.getMessage() + ").");
    }
  }

  Finding keyFile() {
    Path key = dir.keyFile();
    String subject = "clé " + key;
    try {
      if (!Files.exists(key)) {
        return Files.exists(dir.databaseFile())
            ? Finding.action(subject, "elle manque alors que la base existe : les réponses ne"
                + " peuvent pas être lues. Remettez la clé sauvegardée à part (droits 0600).")
            : Finding.ok(subject, "pas encore créée ; elle le sera au premier lancement."
                + " Sauvegardez-la ensuite à part, hors de ce poste.");
      }
      String owner = Files.getOwner(key).getName();
      Set<PosixFilePermission> perms = Files.getPosixFilePermissions(key);
      if (perms.stream().anyMatch(GROUP_OR_OTHERS::contains)) {
        return Finding.action(subject, "d'autres comptes peuvent la lire (droits "
            + PosixFilePermissions.toString(perms) + "). Fermez-la : chmod 0600 " + key);
      }
      if (!owner.equals(user)) {
        return Finding.action(subject, "elle appartient à " + owner + ", pas à " + user
            + " : corrigez avec chown " + user + " " + key);
      }
      return Finding.ok(subject, "présente, propriétaire " + owner + ", droits 0600");
    } catch (IOException | UnsupportedOperationException e) {
      return Finding.action(subject, "ses droits sont illisibles (" + e.getMessage() + ").");
    }
  }

  Finding freeDisk() {
    Path p = Files.isDirectory(dir.path()) ? dir.path() : dir.path().getParent();
    String subject = "disque";
    try {
      long free = Files.getFileStore(p).getUsableSpace();
      long dbBytes = Files.exists(dir.databaseFile()) ? Files.size(dir.databaseFile()) : 0;
      String figures = String.format("%,d Mo libres, base %,d Mo", free >> 20, dbBytes >> 20);
      if (free < MIN_FREE_BYTES || free < 3 * dbBytes) {
        return Finding.action(subject, figures + ". Libérez de la place (anciennes sauvegardes,"
            + " fichiers temporaires) : il faut au moins 500 Mo et trois fois la taille de la base.");
      }
      return Finding.ok(subject, figures);
    } catch (IOException e) {
      return Finding.action(subject, "place libre illisible (" + e.getMessage() + ").");
    }
  }
}
