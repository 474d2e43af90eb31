package fr.guichet.app;

import fr.guichet.session.FollowUpService;
import fr.guichet.session.Who;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Finds sessions by the person's name and birth date, for the person who lost the paper. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Retrouve un dossier par le nom et la date de naissance de la personne (JSON).")
final class SearchCommand extends FollowUpCommand {

  @Option(names = "--nom", required = true, paramLabel = "NOM") String nom;
  @Option(names = "--naissance", required = true, paramLabel = "JJ/MM/AAAA") String naissance;

  @Override
  int run(FollowUpService followUp, Who who) {
    print(sessions(followUp.search(nom, naissance, who)));
    return 0;
  }
}
