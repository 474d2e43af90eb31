package fr.guichet.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.guichet.session.DocumentLine;
import fr.guichet.session.FollowUpService;
import fr.guichet.session.Who;
import fr.guichet.store.personal.DocumentStatus;
import fr.guichet.store.session.Session;
import java.time.ZoneId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The documents a session's results ask for, and recording those received. */
@Command(name = "documents", mixinStandardHelpOptions = true,
    description = "Liste les pièces à apporter d'un dossier (JSON) ; enregistre une pièce reçue.")
final class DocumentsCommand extends FollowUpCommand {

  @Parameters(paramLabel = "CODE", description = "Code de reprise du dossier.")
  String code;

  @Option(names = "--received", paramLabel = "ID_PIECE", description = "Marque cette pièce reçue.")
  String received;

  @Option(names = "--sans-objet", paramLabel = "ID_PIECE", description = "Marque cette pièce sans objet.")
  String notNeeded;

  @Option(names = "--a-fournir", paramLabel = "ID_PIECE", description = "Remet cette pièce à fournir.")
  String toBring;

  @Override
  int run(FollowUpService followUp, Who who) {
    Session session = followUp.find(code);
    if (received != null) {
      followUp.setDocument(session, received, DocumentStatus.State.RECU, who);
    }
    if (notNeeded != null) {
      followUp.setDocument(session, notNeeded, DocumentStatus.State.SANS_OBJET, who);
    }
    if (toBring != null) {
      followUp.setDocument(session, toBring, null, who);
    }
    ArrayNode list = JSON.createArrayNode();
    for (DocumentLine d : followUp.documents(session, who)) {
      ObjectNode n = list.addObject().put("id", d.id()).put("label", d.label());
      d.neededFor().forEach(n.putArray("for")::add);
      n.put("status", d.statusWord());
      d.receivedAt().ifPresentOrElse(
          at -> n.put("received_on", at.atZone(ZoneId.systemDefault()).toLocalDate().toString()),
          () -> n.putNull("received_on"));
    }
    print(list);
    return 0;
  }
}
