package fr.guichet.app;

import fr.guichet.session.ClosingOutcome;
import fr.guichet.session.FollowUpService;
import fr.guichet.session.RefusedException;
import fr.guichet.session.Who;
import fr.guichet.store.session.Session;
import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Assigns a session to a service and a worker, or closes its follow-up with an outcome. */
@Command(name = "assign", mixinStandardHelpOptions = true,
    description = "Confie un dossier à un service ou à un agent, ou le clôt (--clore RÉSULTAT).")
final class AssignCommand extends FollowUpCommand {

  @Parameters(paramLabel = "CODE", description = "Code de reprise du dossier.")
  String code;

  @Option(names = "--service", paramLabel = "SERVICE", description = "Identifiant du service.")
  String service;

  @Option(names = "--agent", paramLabel = "IDENTIFIANT", description = "Agent qui suit le dossier (par défaut : vous).")
  String worker;

  @Option(names = "--clore", paramLabel = "RÉSULTAT",
      description = "Clôt le suivi : droits_ouverts, oriente, sans_suite, non_eligible ou autre.")
  String outcome;

  @Override
  int run(FollowUpService followUp, Who who) {
    Session session = followUp.find(code);
    if (outcome != null) {
      ClosingOutcome closing = ClosingOutcome.parse(outcome).orElseThrow(() ->
          new RefusedException(RefusedException.Kind.USAGE, "Résultat inconnu : « " + outcome
              + " » (" + Arrays.stream(ClosingOutcome.values()).map(ClosingOutcome::id)
              .collect(Collectors.joining(", ")) + ")."));
      followUp.close(session, closing, who);
      err().println("Dossier " + session.resumeCode() + " clos : " + closing.label() + ".");
      return 0;
    }
    followUp.assign(session, service, worker == null ? who.actor().user() : worker, who);
    err().println("Dossier " + session.resumeCode() + " confié à "
        + (worker == null ? who.actor().user() : worker) + ".");
    return 0;
  }
}
