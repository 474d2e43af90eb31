package fr.guichet.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.guichet.session.Changes;
import fr.guichet.session.FollowUpService;
import fr.guichet.session.Who;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** What changed in a session since its previous visit, answers and results. */
@Command(name = "changes", mixinStandardHelpOptions = true,
    description = "Ce qui a changé depuis la visite précédente : réponses et résultats (JSON).")
final class ChangesCommand extends FollowUpCommand {

  @Parameters(paramLabel = "CODE", description = "Code de reprise du dossier.")
  String code;

  @Override
  int run(FollowUpService followUp, Who who) {
    Changes changes = followUp.changes(followUp.find(code), who);
    ObjectNode root = JSON.createObjectNode().put("visit", changes.visit());
    ArrayNode answers = root.putArray("answers");
    for (Changes.AnswerChange a : changes.answers()) {
      answers.addObject().put("question", a.key()).put("label", a.question())
          .put("before", a.before()).put("after", a.after()).put("by", a.by())
          .put("at", a.at().toString());
    }
    ArrayNode results = root.putArray("results");
    for (Changes.ResultChange r : changes.results()) {
      results.addObject().put("id", r.id()).put("name", r.name()).put("before", r.before())
          .put("after", r.after());
    }
    print(root);
    return 0;
  }
}
