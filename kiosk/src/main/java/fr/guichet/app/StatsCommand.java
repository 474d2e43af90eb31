package fr.guichet.app;

import fr.guichet.access.Agent;
import fr.guichet.access.Permission;
import fr.guichet.session.Who;
import fr.guichet.stats.CsvExport;
import fr.guichet.stats.NonTakeUpTable;
import fr.guichet.stats.OdsExport;
import fr.guichet.stats.Period;
import fr.guichet.stats.StatsService;
import fr.guichet.stats.StatsTable;
import fr.guichet.stats.StatsUsageException;
import fr.guichet.stats.Suppression;
import fr.guichet.stats.TextTable;
import fr.guichet.store.Stores;
import fr.guichet.store.stats.StatsDimension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code guichet stats}: anonymous counts over a period, on screen, as CSV or as ODS. */
@Command(name = "stats", mixinStandardHelpOptions = true,
    subcommands = StatsReportCommand.class,
    description = {"Statistiques anonymes : nombre de passages sur une période, par les"
        + " dimensions choisies, avec le secret statistique (les nombres inférieurs au seuil"
        + " sont affichés « < 5 », et « s » les cases masquées pour qu'on ne puisse pas les"
        + " retrouver par différence). Réservé à un responsable ; chaque export est journalisé.",
        "Dimensions : mois, trimestre, annee, semaine, site, canal, visite, motif, age, foyer,"
            + " commune, epci, logement, aide, resultat, percue, orientation, issue."})
final class StatsCommand extends StoreCommand {
  /** Exit code of a request that cannot be read (bad month, reversed period, unknown dimension). */
  static final int USAGE = 2;

  @Option(names = "--from", paramLabel = "AAAA-MM",
      description = "Premier mois de la période.")
  String from;

  @Option(names = "--to", paramLabel = "AAAA-MM",
      description = "Dernier mois de la période (par défaut : le premier).")
  String to;

  @Option(names = "--by", paramLabel = "DIM1,DIM2",
      description = "Dimensions du tableau, séparées par des virgules (par exemple mois,aide).")
  String by;

  @Option(names = "--csv", paramLabel = "FICHIER",
      description = "Écrit le tableau en CSV (UTF-8, séparateur « ; »).")
  Path csv;

  @Option(names = "--ods", paramLabel = "FICHIER",
      description = "Écrit le tableau en classeur OpenDocument (.ods).")
  Path ods;

  @Option(names = "--personnes",
      description = "Compte les personnes (chaque dossier une fois, à sa dernière visite de la"
          + " période) au lieu des passages.")
  boolean people;

  @Option(names = "--non-recours",
      description = "Donne le non-recours par aide : personnes probablement éligibles qui ont dit"
          + " ne pas la percevoir, et le montant mensuel estimé non perçu (arrondi à 100 €).")
  boolean nonTakeUp;

  @Option(names = "--seuil", paramLabel = "N", defaultValue = "" + Suppression.DEFAULT_THRESHOLD,
      description = "Seuil du secret statistique (par défaut 5, jamais moins de 3).")
  int threshold;

  @Option(names = {"--as", "--user"}, paramLabel = "RESPONSABLE",
      description = "Responsable connecté (mot de passe lu ensuite).")
  String user;

  @Override
  int run(Stores store) {
    Period period;
    List<StatsDimension> dimensions;
    try {
      period = Period.parse(from, to == null ? from : to);
      dimensions = StatsService.dimensions(by);
      Suppression.checked(threshold);
    } catch (StatsUsageException e) {
      err().println("Erreur : " + e.getMessage());
      return USAGE;
    }
    Optional<Agent> agent = logIn(accounts(store), user, Permission.STATISTICS);
    if (agent.isEmpty()) {
      return REFUSED;
    }
    Who who = Who.agent(agent.get(), CliConsole.terminalId());
    StatsService stats = new StatsService(store, threshold);
    String kind = csv != null ? "csv" : ods != null ? "ods" : "ecran";
    try {
      if (nonTakeUp) {
        NonTakeUpTable table = stats.nonTakeUp(who, period);
        return write(stats, who, kind, CsvExport.of(table), null, nonTakeUpText(table));
      }
      StatsTable table = people ? stats.people(who, period, dimensions)
          : stats.counts(who, period, dimensions);
      if (table.empty()) {
        err().println("Aucun passage enregistré " + periodWords(period) + ".");
      }
      return write(stats, who, kind, CsvExport.of(table), ods == null ? null : OdsExport.of(table),
          TextTable.of(table));
    } catch (IOException e) {
      err().println("Erreur : le fichier ne peut pas être écrit (" + e.getMessage() + ").");
      return REFUSED;
    }
  }

  private int write(StatsService stats, Who who, String kind, String csvText, byte[] odsBytes,
      String text) throws IOException {
    if (csv != null) {
      Files.writeString(csv, csvText, StandardCharsets.UTF_8);
      err().println("Statistiques écrites dans " + csv + ".");
    } else if (ods != null) {
      if (odsBytes == null) {
        throw new IOException("le non-recours s'exporte en CSV");
      }
      Files.write(ods, odsBytes);
      err().println("Statistiques écrites dans " + ods + ".");
    } else {
      out().print(text);
    }
    stats.audited(who, kind);
    return 0;
  }

  static String periodWords(Period period) {
    return period.from().equals(period.to()) ? "en " + period.french() : period.french();
  }

  private static String nonTakeUpText(NonTakeUpTable table) {
    StringBuilder text = new StringBuilder("aide;personnes;montant mensuel estimé (€)\n");
    for (NonTakeUpTable.Line l : table.lines()) {
      text.append(l.benefit()).append(';').append(l.peopleShown(table.threshold())).append(';')
          .append(l.eurosShown()).append('\n');
    }
    return text.toString();
  }
}
