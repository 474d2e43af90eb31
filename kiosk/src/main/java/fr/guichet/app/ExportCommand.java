package fr.guichet.app;

import fr.guichet.store.personal.SessionRecord;
import fr.guichet.store.session.Session;
import fr.guichet.store.Stores;
import fr.guichet.store.sqlite.SqliteStores;
import fr.guichet.access.Agent;
import fr.guichet.access.Permission;
import fr.guichet.privacy.SessionExport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code guichet export CODE}: everything held on a person, as JSON (right of access). */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Écrit en JSON tout ce que Guichet conserve sur un dossier (droit d'accès) :"
        + " réponses déchiffrées, notes, documents reçus, choix de la personne, historique."
        + " Réservé à un responsable ; journalisé.")
final class ExportCommand extends StoreCommand {
  @Parameters(paramLabel = "CODE", description = "Code du dossier.") String code;

  @Option(names = "--out", paramLabel = "FICHIER",
      description = "Fichier à écrire (lisible par son seul propriétaire) ; sinon la sortie"
          + " standard.")
  Path outFile;

  @Option(names = {"--user", "--as"}, paramLabel = "RESPONSABLE",
      description = "Responsable connecté (mot de passe lu ensuite).")
  String user;

  @Override
  int run(Stores store) {
    Optional<Agent> agent = logIn(accounts(store), user, Permission.RIGHTS_REQUESTS);
    if (agent.isEmpty()) {
      return REFUSED;
    }
    Optional<Session> session = SessionArgument.find(store, code);
    Optional<SessionRecord> record = session.flatMap(s -> store.personal().export(s.id(),
        agent.get().at(CliConsole.terminalId())));
    if (record.isEmpty()) {
      err().println("Refusé : " + SessionArgument.NOT_FOUND);
      return REFUSED;
    }
    String json = new SessionExport().toJson(record.get(), clock.instant());
    if (outFile == null) {
      out().print(json);
      return 0;
    }
    try {
      write(outFile, json);
    } catch (IOException e) {
      err().println("Erreur : le fichier " + outFile + " ne peut pas être écrit ("
          + e.getMessage() + ").");
      return REFUSED;
    }
    err().println("Export écrit dans " + outFile + " (" + record.get().answers().size()
        + " réponses). Remettez-le à la personne puis supprimez-le.");
    return 0;
  }

  private static void write(Path file, String json) throws IOException {
    Files.deleteIfExists(file);
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(
          PosixFilePermissions.fromString("rw-------")));
    }
    Files.writeString(file, json, StandardCharsets.UTF_8);
  }
}
