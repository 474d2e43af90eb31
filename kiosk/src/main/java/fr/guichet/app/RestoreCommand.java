package fr.guichet.app;

import fr.guichet.store.Stores;
import fr.guichet.store.sqlite.SqliteStores;
import fr.guichet.backup.SqliteBackup;
import fr.guichet.backup.TableCounts;
import fr.guichet.store.DataDirectory;
import fr.guichet.store.StoreException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code guichet restore FILE}: puts a backup back into a data directory, after checking that it
 * opens with the key. Refuses to replace a store that holds sessions, accounts or an audit trail
 * unless {@code --force}.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
    description = "Remet une sauvegarde dans le dossier de données, après avoir vérifié qu'elle"
        + " s'ouvre avec la clé. Refuse de remplacer une base qui contient déjà des données,"
        + " sauf avec --force. Arrêtez d'abord les postes qui utilisent ce dossier.")
final class RestoreCommand implements Callable<Integer> {
  /** Tables whose rows make a store worth keeping. */
  private static final Set<String> MEANINGFUL = Set.of("sessions", "accounts", "audit_log");

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FICHIER", description = "La sauvegarde (faite par « guichet backup »).")
  Path backup;

  @Option(names = "--data", paramLabel = "DOSSIER",
      description = "Dossier de données à remplir (sinon $GUICHET_DATA, sinon $XDG_DATA_HOME/guichet, sinon $HOME/.local/share/guichet).")
  String data;

  @Option(names = "--key", paramLabel = "FICHIER",
      description = "La clé sauvegardée à part, copiée dans le dossier de données (sinon celle"
          + " qui s'y trouve déjà).")
  Path key;

  @Option(names = "--force", description = "Remplace une base qui contient déjà des données.")
  boolean force;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      DataDirectory dir = DataDirectory.resolve(data).ensureUsable();
      TableCounts existing = SqliteBackup.countsOf(dir.databaseFile());
      long held = existing.rows().entrySet().stream()
          .filter(e -> MEANINGFUL.contains(e.getKey())).mapToLong(e -> e.getValue()).sum();
      if (held > 0 && !force) {
        err.println("Refusé : la base de " + dir + " contient déjà des données ("
            + existing.summary() + "). La restauration les remplacerait : faites-en d'abord une"
            + " sauvegarde, puis relancez avec --force.");
        return 1;
      }
      Path keyFile = key != null ? key : dir.keyFile();
      boolean installKey = key != null && !sameContent(key, dir.keyFile());
      if (installKey && Files.exists(dir.keyFile()) && !force) {
        err.println("Refusé : " + dir.keyFile() + " existe et diffère de " + key + ". Relancez"
            + " avec --force pour la remplacer (gardez l'ancienne si d'autres sauvegardes en"
            + " dépendent).");
        return 1;
      }
      SqliteBackup.Inspection inspection = SqliteBackup.inspect(backup);
      if (!BackupCheck.verify(backup, keyFile, out, err)) {
        err.println("Rien n'a été changé dans " + dir + ".");
        return 1;
      }
      TableCounts restored = SqliteBackup.restore(backup, dir.databaseFile());
      if (installKey) {
        copyKey(key, dir.keyFile());
      }
      try (Stores store = SqliteStores.open(dir)) {
        out.println("Restauré dans " + dir + " : " + restored.summary() + ", "
            + store.sessions().list().size() + " dossiers lisibles.");
      }
      List<String> diff = inspection.differencesFrom(restored);
      if (!diff.isEmpty()) {
        err.println("Erreur : la base restaurée n'a pas les nombres de lignes de la sauvegarde ("
            + String.join(", ", diff) + ").");
        return 1;
      }
      out.println("OK nombres de lignes identiques à ceux de la sauvegarde");
      return 0;
    } catch (StoreException e) {
      err.println("Erreur : " + e.userMessage());
      return 1;
    } finally {
      out.flush();
      err.flush();
    }
  }

  private static boolean sameContent(Path a, Path b) {
    try {
      return Files.exists(b) && Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b));
    } catch (IOException e) {
      throw new StoreException("La clé " + a + " est illisible.", "Cannot read key " + a, e);
    }
  }

  private static void copyKey(Path from, Path to) {
    try {
      Path temp = to.resolveSibling(".guichet-key-restore.tmp");
      Files.deleteIfExists(temp);
      Files.createFile(temp, PosixFilePermissions.asFileAttribute(
          PosixFilePermissions.fromString("rw-------")));
      Files.write(temp, Files.readAllBytes(from));
      Files.move(temp, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new StoreException("La clé n'a pas pu être copiée dans " + to + ".",
          "Cannot install key " + to, e);
    }
  }
}
