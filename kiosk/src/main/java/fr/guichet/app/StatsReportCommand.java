package fr.guichet.app;

import fr.guichet.access.Agent;
import fr.guichet.access.Permission;
import fr.guichet.session.Who;
import fr.guichet.stats.MonthlyReport;
import fr.guichet.stats.Period;
import fr.guichet.stats.StatsService;
import fr.guichet.stats.StatsUsageException;
import fr.guichet.stats.Suppression;
import fr.guichet.store.Stores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code guichet stats report}: the monthly activity report for the board, as a PDF. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Rapport d'activité du mois en PDF, pour le conseil d'administration :"
        + " passages par semaine, motifs, résultats par aide, non-recours, communes ;"
        + " avec graphiques et secret statistique. Réservé à un responsable ; journalisé.")
final class StatsReportCommand extends StoreCommand {
  @Option(names = "--month", paramLabel = "AAAA-MM", required = true,
      description = "Le mois du rapport.")
  String month;

  @Option(names = "--pdf", paramLabel = "FICHIER", required = true,
      description = "Le fichier PDF à écrire.")
  Path pdf;

  @Option(names = "--seuil", paramLabel = "N", defaultValue = "" + Suppression.DEFAULT_THRESHOLD,
      description = "Seuil du secret statistique (par défaut 5, jamais moins de 3).")
  int threshold;

  @Option(names = {"--as", "--user"}, paramLabel = "RESPONSABLE",
      description = "Responsable connecté (mot de passe lu ensuite).")
  String user;

  @Override
  int run(Stores store) {
    YearMonth reported;
    try {
      reported = Period.month(month, "--month");
      Suppression.checked(threshold);
    } catch (StatsUsageException e) {
      err().println("Erreur : " + e.getMessage());
      return StatsCommand.USAGE;
    }
    Optional<Agent> agent = logIn(accounts(store), user, Permission.STATISTICS);
    if (agent.isEmpty()) {
      return REFUSED;
    }
    Who who = Who.agent(agent.get(), CliConsole.terminalId());
    StatsService stats = new StatsService(store, threshold);
    MonthlyReport report = MonthlyReport.of(stats, who, reported, SessionServices.site(),
        StatsLabels.bundled());
    try {
      Files.write(pdf, report.pdf());
    } catch (IOException e) {
      err().println("Erreur : le fichier " + pdf + " ne peut pas être écrit (" + e.getMessage()
          + ").");
      return REFUSED;
    }
    stats.audited(who, "pdf");
    err().println("Rapport " + Period.month(reported).french() + " écrit dans " + pdf
        + (report.empty() ? " (aucun passage ce mois-là)." : "."));
    return 0;
  }
}
