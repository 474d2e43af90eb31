package fr.guichet.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import fr.guichet.session.FollowUpService;
import fr.guichet.session.RefusedException;
import fr.guichet.session.Who;
import fr.guichet.store.personal.NoteKind;
import fr.guichet.store.personal.SessionRecord;
import fr.guichet.store.session.Session;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The notes of a session that the agent's role may read; adds one from a file. */
@Command(name = "notes", mixinStandardHelpOptions = true,
    description = "Affiche les notes d'un dossier que votre rôle peut lire (JSON) ; en ajoute une.")
final class NotesCommand extends FollowUpCommand {

  @Parameters(paramLabel = "CODE", description = "Code de reprise du dossier.")
  String code;

  @Option(names = "--add", description = "Ajoute une note (texte lu dans --from).")
  boolean add;

  @Option(names = "--from", paramLabel = "FICHIER", description = "Fichier texte (UTF-8) de la note à ajouter.")
  Path from;

  @Override
  int run(FollowUpService followUp, Who who) {
    if (add && from == null) {
      throw new RefusedException(RefusedException.Kind.USAGE,
          "--add demande le fichier de la note : --from FICHIER.");
    }
    Session session = followUp.find(code);
    if (add) {
      followUp.addNote(session, read(from), who);
    }
    ArrayNode list = JSON.createArrayNode();
    for (SessionRecord.Note n : followUp.notes(session, who)) {
      list.addObject().put("at", n.at().toString()).put("author", n.author())
          .put("kind", n.kind() == NoteKind.SOCIAL ? "social" : "accueil").put("text", n.text());
    }
    print(list);
    return 0;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new RefusedException(RefusedException.Kind.USAGE,
          "Le fichier de la note ne peut pas être lu : " + file + ".");
    }
  }
}
