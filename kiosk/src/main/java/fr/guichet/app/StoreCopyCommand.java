package fr.guichet.app;

import fr.guichet.config.ConfigFile;
import fr.guichet.config.GuichetConfig;
import fr.guichet.store.DataDirectory;
import fr.guichet.store.StoreException;
import fr.guichet.store.StoreLocation;
import fr.guichet.store.StoreSettings;
import fr.guichet.store.Stores;
import fr.guichet.store.jdbc.JdbcStores;
import fr.guichet.store.jdbc.StoreCopy;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code guichet store copy --from A.yaml --to B.yaml}: moves a store to another technology. */
@Command(name = "store", mixinStandardHelpOptions = true,
    description = "La base de données de Guichet.", subcommands = StoreCopyCommand.Copy.class)
final class StoreCopyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }

  /** Copies every row of the store of one configuration into the empty store of another. */
  @Command(name = "copy", mixinStandardHelpOptions = true,
      description = "Copie toute la base de la configuration --from dans la base (vide) de la"
          + " configuration --to, SQLite ou PostgreSQL, avec la même clé ; les nombres de lignes"
          + " sont comparés avant d'écrire. Les postes doivent être arrêtés.")
  static final class Copy implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "CONFIG_A",
        description = "Configuration (guichet.yaml) de la base à copier.")
    Path from;

    @Option(names = "--to", required = true, paramLabel = "CONFIG_B",
        description = "Configuration de la base qui reçoit la copie (elle doit être vide).")
    Path to;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      StoreLocation source = location(from);
      StoreLocation target = location(to);
      if (source.describe().equals(target.describe())) {
        err.println("Refusé : --from et --to désignent la même base (" + source.describe() + ").");
        return StoreCommand.REFUSED;
      }
      Clock clock = Clock.systemUTC();
      try (Stores a = Configured.open(source, clock, StoreSettings.defaults());
          Stores b = Configured.open(target, clock, StoreSettings.defaults())) {
        out.println("Copie de " + a.describe() + " vers " + b.describe() + "…");
        Map<String, Long> counts = StoreCopy.copy((JdbcStores) a, (JdbcStores) b,
            PrintCommand.actor(), clock.instant());
        counts.forEach((table, n) -> out.printf("  %-16s %d ligne(s)%n", table, n));
        out.println("Copie terminée : les nombres de lignes sont les mêmes des deux côtés.");
        if (b.audit().firstBroken().isPresent()) {
          err.println("Attention : le journal copié ne se vérifie pas (guichet audit --verify).");
          return StoreCommand.REFUSED;
        }
        return 0;
      } catch (StoreException e) {
        err.println("Erreur : " + e.userMessage());
        return StoreCommand.REFUSED;
      } finally {
        out.flush();
        err.flush();
      }
    }

    private static StoreLocation location(Path config) {
      GuichetConfig read = ConfigFile.load(Optional.of(config));
      return Configured.store(read, null, DataDirectory.resolve(null), false);
    }
  }
}
