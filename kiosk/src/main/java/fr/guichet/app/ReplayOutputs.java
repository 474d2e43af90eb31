package fr.guichet.app;

import fr.guichet.engine.Interview;
import fr.guichet.print.PaperFormat;
import fr.guichet.print.PdfFileOutput;
import fr.guichet.print.PrintFailedException;
import fr.guichet.script.Answer;
import fr.guichet.script.Script;
import fr.guichet.store.Actor;
import fr.guichet.store.DataDirectory;
import fr.guichet.store.PersonalDataStore.Consents;
import fr.guichet.store.Session;
import fr.guichet.store.SessionStatus;
import fr.guichet.store.SessionStore;
import fr.guichet.store.SqliteSessionStore;
import fr.guichet.store.StoreException;
import fr.guichet.summary.SummaryMaker;
import fr.guichet.tui.OpenInterview;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What {@code replay --save} and {@code replay --pdf} add to a replay: the answers stored as a
 * session, as the kiosk would store them, and the summary written as a PDF carrying that
 * session's code (or "(non enregistré)").
 */
final class ReplayOutputs {

  private ReplayOutputs() {}

  /**
   * Stores the interview's answers as a new session: created, each answer appended, the
   * applicant's birth date as second factor, finished when the interview is, lease released.
   */
  static Session save(SessionStore store, Script script, Interview interview, Actor actor) {
    Session session = store.create(script.id(), script.version(), actor);
    interview.answers().forEach((key, answer) -> {
      store.appendAnswer(session.id(), key, answer.stored(), actor);
      if (OpenInterview.BIRTH_DATE_KEY.equals(key) && answer instanceof Answer.Day day) {
        store.setSecondFactor(session.id(), day.date());
      }
    });
    if (interview.atEnd()) {
      store.setStatus(session.id(), SessionStatus.TERMINEE, actor);
    }
    store.release(session.id(), actor.terminalId());
    return session;
  }

  /**
   * Runs the --save and --pdf parts; returns the saved session (empty without --save), or null
   * after printing a French error (the command then exits 1).
   */
  static Optional<Session> run(boolean save, String data, Path pdf, PaperFormat format, Script script,
      Interview interview, PrintWriter err) {
    Optional<Session> saved = Optional.empty();
    try (SqliteSessionStore store = save ? SqliteSessionStore.open(DataDirectory.resolve(data)) : null) {
      if (save) {
        saved = Optional.of(save(store, script, interview, PrintCommand.actor()));
        err.println("Dossier enregistré. Code de reprise : " + saved.get().resumeCode());
      }
      if (pdf != null) {
        SummaryMaker maker = Summaries.bundled();
        byte[] bytes = maker.render(maker.summarize(interview, saved.map(Session::resumeCode), Consents.NOT_ASKED), format);
        new PdfFileOutput(pdf).print(bytes, format);
        if (store != null) {
          store.audit(PrintCommand.actor(), "PRINTED", saved.get().id(),
              (format == PaperFormat.A4 ? "a4" : "receipt") + ":file");
        }
      }
      return saved;
    } catch (StoreException e) {
      err.println("Erreur : " + e.userMessage());
      return null;
    } catch (PrintFailedException e) {
      err.println(e.userMessage() + " (" + pdf + ")");
      return null;
    }
  }
}
