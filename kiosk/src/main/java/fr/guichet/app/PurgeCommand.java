package fr.guichet.app;

import fr.guichet.store.personal.PersonalDataStore;
import fr.guichet.store.Stores;
import fr.guichet.store.sqlite.SqliteStores;
import fr.guichet.privacy.RetentionPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code guichet purge}: erases the sessions past their retention; prints counts only. */
@Command(name = "purge", mixinStandardHelpOptions = true,
    description = "Efface les dossiers dont la durée de conservation est dépassée (fait aussi à"
        + " chaque démarrage). N'affiche que des nombres.")
final class PurgeCommand extends StoreCommand {
  @Option(names = "--en-cours-mois", paramLabel = "N",
      description = "Mois sans activité avant d'effacer un dossier non terminé (défaut : 3).")
  int unfinishedMonths = RetentionPolicy.defaults().unfinishedMonths();

  @Option(names = "--terminee-mois", paramLabel = "M",
      description = "Mois après la dernière activité avant d'effacer un dossier terminé"
          + " (défaut : 12).")
  int finishedMonths = RetentionPolicy.defaults().finishedMonths();

  @Override
  int run(Stores store) {
    RetentionPolicy policy;
    try {
      policy = new RetentionPolicy(unfinishedMonths, finishedMonths);
    } catch (IllegalArgumentException e) {
      err().println("Erreur : " + e.getMessage());
      return 2;
    }
    PersonalDataStore.Purge done = policy.purge(store.personal(), clock,
        CliConsole.terminalId());
    out().println("dossiers effacés : " + done.total() + " (" + done.unfinished()
        + " non terminés depuis plus de " + unfinishedMonths + " mois, " + done.finished()
        + " terminés depuis plus de " + finishedMonths + " mois)");
    if (!done.journalCleared()) {
      err().println("Attention : un autre poste utilise la base ; les données effacées"
          + " restent dans le journal d'écriture (guichet.db-wal), chiffrées, jusqu'à ce qu'il"
          + " soit vidé ; relancez « guichet purge » quand les postes sont arrêtés.");
    }
    return 0;
  }
}
