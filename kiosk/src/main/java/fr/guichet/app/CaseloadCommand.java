package fr.guichet.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import fr.guichet.session.CaseloadLine;
import fr.guichet.session.FollowUpService;
import fr.guichet.session.Who;
import picocli.CommandLine.Command;

/** The logged-in worker's sessions, with their state and the documents still missing. */
@Command(name = "caseload", mixinStandardHelpOptions = true,
    description = "Mes dossiers : état et nombre de pièces manquantes (JSON).")
final class CaseloadCommand extends FollowUpCommand {

  @Override
  int run(FollowUpService followUp, Who who) {
    ArrayNode list = JSON.createArrayNode();
    for (CaseloadLine line : followUp.caseload(who)) {
      list.addObject().put("code", line.session().resumeCode().toString())
          .put("state", line.state()).put("missing_documents", line.missingDocuments())
          .put("updated", line.session().updatedAt().toString());
    }
    print(list);
    return 0;
  }
}
