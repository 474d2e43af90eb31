package fr.guichet.app;

import fr.guichet.store.audit.AuditEntry;
import fr.guichet.store.session.Session;
import fr.guichet.store.Stores;
import fr.guichet.store.sqlite.SqliteStores;
import fr.guichet.access.Agent;
import fr.guichet.access.Permission;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code guichet audit --verify} and {@code guichet audit CODE}. */
@Command(name = "audit", mixinStandardHelpOptions = true,
    description = {"Journal des accès.",
        "--verify : vérifie que le journal n'a pas été modifié (code 0 intact, 1 altéré).",
        "CODE : historique d'un dossier (qui, quand, quel poste, quoi), pour un responsable."})
final class AuditCommand extends StoreCommand {
  static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(ZoneId.systemDefault());

  private static final Map<String, String> LABELS = Map.ofEntries(
      Map.entry("SESSION_CREATED", "dossier créé"),
      Map.entry("SESSION_OPENED", "dossier ouvert"),
      Map.entry("ANSWER_SET", "réponse enregistrée"),
      Map.entry("ANSWER_CLEARED", "réponse effacée"),
      Map.entry("RESUMED", "reprise à la borne"),
      Map.entry("RESUME_REFUSED", "reprise refusée"),
      Map.entry("RESUME_THROTTLED", "reprise bloquée (trop d'essais)"),
      Map.entry("VIEWED", "dossier consulté"),
      Map.entry("PRINTED", "récapitulatif imprimé"),
      Map.entry("NOTE_ADDED", "note ajoutée"),
      Map.entry("DOCUMENT_RECEIVED", "document reçu"),
      Map.entry("CONSENTS_RECORDED", "choix de la personne enregistrés"),
      Map.entry("EXPORTED", "données exportées"),
      Map.entry("AUDIT_VIEWED", "historique consulté"),
      Map.entry("SESSION_ERASED", "dossier effacé"),
      Map.entry("SESSION_PURGED", "dossier effacé (durée de conservation)"));

  @Option(names = "--verify", description = "Vérifie la chaîne de hachage du journal entier.")
  boolean verify;

  @Parameters(arity = "0..1", paramLabel = "CODE", description = "Code du dossier (ou son id).")
  String code;

  @Option(names = {"--user", "--as"}, paramLabel = "RESPONSABLE",
      description = "Responsable connecté (mot de passe lu ensuite).")
  String user;

  @Override
  int run(Stores store) {
    if (verify == (code != null)) {
      err().println("Erreur : indiquez soit --verify, soit un code de dossier.");
      return 2;
    }
    return verify ? verify(store) : trail(store);
  }

  private int verify(Stores store) {
    Optional<AuditEntry> broken = store.audit().firstBroken();
    if (broken.isEmpty()) {
      out().println("journal intact (" + store.audit().count() + " entrées)");
      return 0;
    }
    AuditEntry e = broken.get();
    err().println("journal altéré : la chaîne est rompue à l'entrée n° " + e.seq() + " ("
        + WHEN.format(e.at()) + ", " + e.actor() + ", " + e.action() + ")."
        + " Cette entrée, ou une entrée juste avant, a été modifiée, supprimée ou insérée"
        + " en dehors de Guichet. Prévenez le délégué à la protection des données.");
    return REFUSED;
  }

  private int trail(Stores store) {
    Optional<Agent> agent = logIn(accounts(store), user, Permission.AUDIT);
    if (agent.isEmpty()) {
      return REFUSED;
    }
    Optional<UUID> id = SessionArgument.find(store, code).map(Session::id)
        .or(() -> SessionArgument.id(code));
    List<AuditEntry> entries = id.map(store.audit()::trail).orElse(List.of());
    if (entries.isEmpty()) {
      err().println("Refusé : " + SessionArgument.NOT_FOUND);
      return REFUSED;
    }
    out().printf("%-19s  %-16s  %-16s  %s%n", "QUAND", "QUI", "POSTE", "ACTION");
    for (AuditEntry e : entries) {
      out().printf("%-19s  %-16s  %-16s  %s%s%n", WHEN.format(e.at()), e.actor(), e.terminal(),
          LABELS.getOrDefault(e.action(), e.action()),
          e.detail().isEmpty() ? "" : " (" + e.detail() + ")");
    }
    store.audit().record(agent.get().at(CliConsole.terminalId()), "AUDIT_VIEWED", id.get(), "");
    return 0;
  }
}
