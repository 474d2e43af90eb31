package fr.guichet.app;

import fr.guichet.store.personal.PersonalDataStore;
import fr.guichet.store.session.ResumeCode;
import fr.guichet.store.session.Session;
import fr.guichet.store.Stores;
import fr.guichet.store.sqlite.SqliteStores;
import fr.guichet.access.Agent;
import fr.guichet.access.Permission;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code guichet erase CODE}: removes everything held on a person (right to erasure). */
@Command(name = "erase", mixinStandardHelpOptions = true,
    description = "Efface un dossier partout (réponses, notes, documents, date de naissance,"
        + " essais de reprise). Seule reste au journal une ligne sans donnée personnelle."
        + " Les statistiques anonymes restent : elles ne mènent plus à la personne."
        + " Réservé à un responsable.")
final class EraseCommand extends StoreCommand {
  @Parameters(paramLabel = "CODE", description = "Code du dossier.") String code;

  @Option(names = {"--user", "--as"}, paramLabel = "RESPONSABLE",
      description = "Responsable connecté (mot de passe lu ensuite).")
  String user;

  @Option(names = {"--yes", "--oui"},
      description = "Ne pas demander de confirmation (obligatoire sans terminal).")
  boolean yes;

  @Override
  int run(Stores store) {
    Optional<Agent> agent = logIn(accounts(store), user, Permission.RIGHTS_REQUESTS);
    if (agent.isEmpty()) {
      return REFUSED;
    }
    Optional<Session> session = SessionArgument.find(store, code);
    if (session.isEmpty()) {
      err().println("Refusé : " + SessionArgument.NOT_FOUND);
      return REFUSED;
    }
    ResumeCode resumeCode = session.get().resumeCode();
    if (!yes && !confirmed(resumeCode)) {
      err().println("Rien n'a été effacé.");
      return REFUSED;
    }
    PersonalDataStore.Erasure done = store.personal().erase(session.get().id(),
        agent.get().at(CliConsole.terminalId()));
    out().println("dossier " + resumeCode + " effacé : réponses, notes, documents reçus, date"
        + " de naissance et choix de la personne supprimés ; le journal garde une ligne sans"
        + " donnée personnelle ; les statistiques anonymes restent, sans lien vers ce dossier.");
    if (!done.journalCleared()) {
      err().println("Attention : un autre poste utilise la base ; les données effacées"
          + " restent dans le journal d'écriture (guichet.db-wal), chiffrées, jusqu'à ce qu'il"
          + " soit vidé ; relancez « guichet purge » quand les postes sont arrêtés.");
    }
    return 0;
  }

  private boolean confirmed(ResumeCode resumeCode) {
    if (!console().interactive()) {
      err().println("Refusé : sans terminal, confirmez avec --oui.");
      return false;
    }
    String typed = console().readLine("Effacement définitif. Retapez le code " + resumeCode
        + " pour confirmer : ");
    return typed != null && ResumeCode.parse(typed).map(resumeCode::equals).orElse(false);
  }
}
