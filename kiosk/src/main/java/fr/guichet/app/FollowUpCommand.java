package fr.guichet.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import fr.guichet.access.Agent;
import fr.guichet.access.Permission;
import fr.guichet.script.Script;
import fr.guichet.session.FollowUpService;
import fr.guichet.session.RefusedException;
import fr.guichet.session.Who;
import fr.guichet.store.Stores;
import fr.guichet.store.session.Session;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * A follow-up command: an agent logs in ({@code --as}, password asked), then the session
 * service's follow-up does the work and the command prints JSON. A refusal prints its French
 * message: exit 2 for a malformed request, 1 for a refused one; nothing is changed.
 */
abstract class FollowUpCommand extends StoreCommand {
  static final int USAGE = 2;
  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Option(names = "--as", paramLabel = "IDENTIFIANT",
      description = "Compte de l'agent (le mot de passe est demandé).")
  String user;

  @Mixin ScriptOption script = new ScriptOption();

  @Override
  final int run(Stores store) {
    Script loaded = script.loadOrReport(err());
    if (loaded == null) {
      return REFUSED;
    }
    Optional<Agent> agent = logIn(accounts(store), user, Permission.FIND_SESSIONS);
    if (agent.isEmpty()) {
      return REFUSED;
    }
    Who who = Who.agent(agent.get(), CliConsole.terminalId());
    try {
      return run(SessionServices.of(store, loaded).followUp(), who);
    } catch (RefusedException e) {
      err().println((e.kind() == RefusedException.Kind.USAGE ? "Erreur : " : "Refusé : ")
          + e.getMessage());
      return e.kind() == RefusedException.Kind.USAGE ? USAGE : REFUSED;
    }
  }

  abstract int run(FollowUpService followUp, Who who);

  void print(Object json) {
    try {
      out().println(JSON.writeValueAsString(json));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  static ArrayNode sessions(Iterable<Session> sessions) {
    ArrayNode list = JSON.createArrayNode();
    for (Session s : sessions) {
      list.addObject().put("code", s.resumeCode().toString())
          .put("status", s.status().name().toLowerCase(java.util.Locale.ROOT))
          .put("updated", s.updatedAt().toString());
    }
    return list;
  }
}
