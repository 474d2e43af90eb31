package fr.guichet.app;

import fr.guichet.store.DataDirectory;
import fr.guichet.store.StoreException;
import fr.guichet.store.session.Session;
import fr.guichet.store.session.SessionStore;
import fr.guichet.store.Stores;
import fr.guichet.store.sqlite.SqliteStores;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code guichet sessions}: code, status, dates and script of each session; no personal data. */
@Command(name = "sessions", mixinStandardHelpOptions = true,
    description = "Liste les entretiens enregistrés : code, état, dates, questionnaire.")
public final class SessionsCommand implements Callable<Integer> {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.systemDefault());

  @Spec
  CommandSpec spec;

  @Option(names = "--data", paramLabel = "DOSSIER",
      description = "Dossier des données (sinon $GUICHET_DATA, sinon $XDG_DATA_HOME/guichet, sinon $HOME/.local/share/guichet).")
  String data;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    DataDirectory dir = DataDirectory.resolve(data);
    try {
      dir.ensureUsable();
      LogFile.redirect(dir.path());
      try (Stores store = Configured.open(data, java.time.Clock.systemUTC())) {
        print(out, store.sessions().list());
      }
      return 0;
    } catch (StoreException e) {
      spec.commandLine().getErr().println(e.userMessage());
      return 1;
    }
  }

  static void print(PrintWriter out, List<Session> sessions) {
    String format = "%-13s %-11s %-17s %-17s %s%n";
    out.printf(format, "CODE", "ÉTAT", "CRÉÉ LE", "MODIFIÉ LE", "QUESTIONNAIRE");
    for (Session s : sessions) {
      out.printf(format, s.resumeCode(), s.status(), WHEN.format(s.createdAt()),
          WHEN.format(s.updatedAt()), s.scriptId() + " " + s.scriptVersion());
    }
    out.printf("%d entretien(s).%n", sessions.size());
    out.flush();
  }
}
