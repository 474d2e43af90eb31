package fr.guichet.app;

import fr.guichet.session.FollowUpService;
import fr.guichet.session.Who;
import fr.guichet.store.personal.Identity;
import fr.guichet.store.session.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Records the person's name (with their consent), so the session can be found by name. */
@Command(name = "identity", mixinStandardHelpOptions = true,
    description = "Enregistre le nom de la personne (avec son accord), chiffré, pour retrouver son dossier.")
final class IdentityCommand extends FollowUpCommand {

  @Parameters(paramLabel = "CODE", description = "Code de reprise du dossier.")
  String code;

  @Option(names = "--nom", required = true, paramLabel = "NOM") String nom;
  @Option(names = "--prenom", required = true, paramLabel = "PRÉNOM") String prenom;
  @Option(names = "--telephone", paramLabel = "TÉLÉPHONE") String telephone;
  @Option(names = "--courriel", paramLabel = "COURRIEL") String courriel;

  @Override
  int run(FollowUpService followUp, Who who) {
    Session session = followUp.find(code);
    followUp.setIdentity(session, new Identity(nom.strip(), prenom.strip(), telephone, courriel), who);
    err().println("Identité enregistrée pour le dossier " + session.resumeCode() + ".");
    print(JSON.createObjectNode().put("code", session.resumeCode().toString())
        .put("identity", "recorded"));
    return 0;
  }
}
