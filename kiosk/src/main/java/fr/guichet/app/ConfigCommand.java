package fr.guichet.app;

import fr.guichet.config.ConfigException;
import fr.guichet.config.ConfigFile;
import fr.guichet.config.ConfigProblem;
import fr.guichet.config.GuichetConfig;
import fr.guichet.store.DataDirectory;
import fr.guichet.store.StoreLocation;
import fr.guichet.store.postgres.PostgresProbe;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code guichet config check}: reads the configuration as every command would, and says so. */
@Command(name = "config", mixinStandardHelpOptions = true,
    description = "Configuration de ce poste (guichet.yaml).",
    subcommands = ConfigCommand.Check.class)
final class ConfigCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }

  /** Validates the file (file:line messages), says which store it opens, and tries to reach it. */
  @Command(name = "check", mixinStandardHelpOptions = true,
      description = "Vérifie le fichier de configuration (erreurs avec fichier:ligne), dit quelle"
          + " base il ouvrirait et si elle est joignable. Ne change rien.")
  static final class Check implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--data", paramLabel = "DOSSIER",
        description = "Dossier de données (sinon $GUICHET_DATA, sinon ~/.local/share/guichet).")
    String data;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Optional<Path> file = Configured.chosenFile();
      out.println("Configuration : " + file.map(Path::toString)
          .orElse("aucun fichier (" + ConfigFile.SYSTEM_FILE + " absent) : valeurs par défaut"));
      GuichetConfig config;
      try {
        config = Configured.config();
      } catch (ConfigException e) {
        for (ConfigProblem p : e.problems()) {
          err.println(p);
        }
        err.println(e.problems().size() + " problème(s) : la configuration est refusée,"
            + " aucune commande ne démarrera avec elle.");
        return StoreCommand.REFUSED;
      }
      out.println("Site : " + Configured.site());
      out.println("Poste : " + TuiLauncher.terminalId(null));
      StoreLocation location = Configured.store(data);
      out.println("Base : " + location.describe());
      boolean keyOk = describeKey(out, location);
      boolean reachable = reach(out, location);
      config.printer().ifPresent(p -> out.println("Imprimante : " + p));
      config.kioskIdle().ifPresent(d -> out.println("Borne : écran effacé après "
          + d.toSeconds() + " s sans action"));
      out.println(keyOk && reachable ? "Configuration correcte."
          : "Configuration lue, mais la base ne pourra pas être ouverte : voir ci-dessus.");
      out.flush();
      return keyOk && reachable ? 0 : StoreCommand.REFUSED;
    }

    private static boolean describeKey(PrintWriter out, StoreLocation location) {
      Path key = location.keyFile();
      if (Files.isReadable(key)) {
        out.println("Clé : " + key + " (présente)");
        return true;
      }
      if (Files.exists(key)) {
        out.println("Clé : " + key + " — illisible pour cet utilisateur (droits ?)");
        return false;
      }
      if (location instanceof StoreLocation.Postgres) {
        out.println("Clé : " + key + " — absente ; créée à la première ouverture si la base est"
            + " vide, sinon copiez ici la clé des autres sites");
      } else {
        out.println("Clé : " + key + " — absente ; elle sera créée à la première ouverture");
      }
      return true;
    }

    private static boolean reach(PrintWriter out, StoreLocation location) {
      if (location instanceof StoreLocation.Postgres pg) {
        PostgresProbe.Reach reach = PostgresProbe.reach(pg);
        out.println("Serveur : " + reach.message());
        return reach.ok();
      }
      DataDirectory dir = ((StoreLocation.Sqlite) location).directory();
      Path db = dir.databaseFile();
      if (Files.exists(db)) {
        boolean writable = Files.isWritable(db);
        out.println("Fichier : " + (writable ? "présent, accessible en écriture"
            : "présent mais en lecture seule pour cet utilisateur"));
        return writable;
      }
      Path folder = dir.path();
      Path existing = folder;
      while (existing != null && !Files.exists(existing)) {
        existing = existing.getParent();
      }
      boolean creatable = existing != null && Files.isWritable(existing);
      out.println("Fichier : absent ; " + (creatable ? "il sera créé à la première ouverture"
          : "le dossier " + folder + " ne peut pas être créé par cet utilisateur"));
      return creatable;
    }
  }
}
