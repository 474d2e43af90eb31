package fr.guichet.app;

import fr.guichet.backup.SqliteBackup;
import fr.guichet.store.DataDirectory;
import fr.guichet.store.StoreLocation;
import fr.guichet.store.StoreException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code guichet backup}: a consistent copy of the store while terminals keep working, or the
 * check of such a copy. The key file is never in the copy: it is backed up apart.
 */
@Command(name = "backup", mixinStandardHelpOptions = true,
    description = "Sauvegarde la base pendant que les postes travaillent (--out FICHIER ou"
        + " --dir DOSSIER --keep N), ou vérifie une sauvegarde (--verify FICHIER). Les réponses"
        + " restent chiffrées ; la clé n'est pas dans la sauvegarde : gardez-la à part.")
final class BackupCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--data", paramLabel = "DOSSIER",
      description = "Dossier de données (sinon $GUICHET_DATA, sinon $XDG_DATA_HOME/guichet, sinon $HOME/.local/share/guichet).")
  String data;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Target target;

  static final class Target {
    @Option(names = "--out", paramLabel = "FICHIER", description = "Écrit la sauvegarde dans ce fichier (qui ne doit pas exister).")
    Path out;

    @Option(names = "--dir", paramLabel = "DOSSIER", description = "Écrit guichet-AAAAMMJJ-HHMMSS.db dans ce dossier (sauvegarde planifiée).")
    Path dir;

    @Option(names = "--verify", paramLabel = "FICHIER", description = "Vérifie une sauvegarde : elle s'ouvre avec la clé, rien n'est abîmé, les nombres de lignes sont ceux du jour de la copie.")
    Path verify;
  }

  @Option(names = "--keep", paramLabel = "N", defaultValue = "7",
      description = "Avec --dir : garde les N sauvegardes les plus récentes (défaut : 7).")
  int keep;

  @Option(names = "--key", paramLabel = "FICHIER",
      description = "Avec --verify : la clé à essayer (sinon guichet.key du dossier de données).")
  Path key;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    StoreLocation location = Configured.store(data);
    if (location instanceof StoreLocation.Postgres pg) {
      err.println("Refusé : la base est sur un serveur (" + pg.describe() + "). Sauvegardez-la"
          + " avec l'outil du serveur, par exemple : pg_dump -h SERVEUR -U guichet guichet"
          + " > guichet.sql (elle ne contient que des valeurs chiffrées ; gardez la clé "
          + pg.keyFile() + " à part).");
      return 1;
    }
    DataDirectory dir = ((StoreLocation.Sqlite) location).directory();
    try {
      if (target.verify != null) {
        return BackupCheck.verify(target.verify, key != null ? key : dir.keyFile(), out, err)
            ? 0 : 1;
      }
      if (target.dir != null && keep < 1) {
        err.println("Erreur : --keep doit valoir au moins 1.");
        return 2;
      }
      Path file = target.out != null ? target.out : BackupRotation.nextFile(target.dir);
      long start = System.nanoTime();
      SqliteBackup.Made made = SqliteBackup.create(dir.databaseFile(), file, Clock.systemUTC());
      out.printf("Sauvegarde écrite : %s (%.1f Mo en %.1f s)%n", made.file(),
          made.bytes() / 1e6, (System.nanoTime() - start) / 1e9);
      out.println("Contenu : " + made.summary());
      if (made.sourceMoved()) {
        out.println("Des postes ont enregistré pendant la copie : la sauvegarde est l'état"
            + " cohérent de la base au moment où elle a commencé.");
      }
      out.println("La clé " + dir.keyFile() + " n'est pas dans la sauvegarde : gardez-en une"
          + " copie à part (sans elle, la sauvegarde est illisible).");
      if (target.dir != null) {
        BackupRotation.keepNewest(target.dir, keep).forEach(
            old -> out.println("Ancienne sauvegarde supprimée : " + old));
      }
      return 0;
    } catch (StoreException e) {
      err.println("Erreur : " + e.userMessage());
      return 1;
    } finally {
      out.flush();
      err.flush();
    }
  }
}
