package fr.guichet.app;

import fr.guichet.doctor.Doctor;
import fr.guichet.doctor.Finding;
import fr.guichet.store.DataDirectory;
import fr.guichet.store.StoreLocation;
import fr.guichet.store.postgres.PostgresProbe;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code guichet doctor}: checks the machine; exit 0 when nothing is left to do. */
@Command(name = "doctor", mixinStandardHelpOptions = true,
    description = "Vérifie le poste après l'installation : dossier de données et droits, clé,"
        + " base, imprimante, terminal, horloge, place sur le disque. Chaque ligne dit OK ou"
        + " ce qu'il faut faire.")
final class DoctorCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--data", paramLabel = "DOSSIER",
      description = "Dossier de données (sinon $GUICHET_DATA, sinon $XDG_DATA_HOME/guichet, sinon $HOME/.local/share/guichet).")
  String data;

  @Option(names = "--printer", paramLabel = "FILE",
      description = "File d'impression à vérifier (sinon celle par défaut).")
  String printer;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    DataDirectory dir = DataDirectory.resolve(data);
    StoreLocation location = Configured.store(data);
    Finding server = null;
    if (location instanceof StoreLocation.Postgres pg) {
      PostgresProbe.Reach reach = PostgresProbe.reach(pg);
      server = new Finding(reach.ok() ? Finding.Status.OK : Finding.Status.ACTION,
          "base " + pg.describe(), reach.ok() ? reach.message()
              : reach.message() + " Vérifiez le réseau, store.url, user et password_file"
                  + " (guichet config check).");
    } else {
      dir = ((StoreLocation.Sqlite) location).directory();
    }
    List<Finding> findings = new Doctor(dir, System.getProperty("user.name"), Clock.systemUTC(),
        server).run(printer, System.console() != null, System.getProperty("native.encoding"));
    findings.forEach(f -> out.println(f.line()));
    long toFix = findings.stream().filter(f -> f.status() == Finding.Status.ACTION).count();
    out.println(toFix == 0 ? "Rien à faire." : toFix + " point(s) à régler.");
    out.flush();
    return toFix == 0 ? 0 : 1;
  }
}
