package fr.guichet.app;

import fr.guichet.commune.DirectoryCommuneResolver;
import fr.guichet.engine.Replay;
import fr.guichet.print.PaperFormat;
import fr.guichet.print.PdfFileOutput;
import fr.guichet.print.PrintFailedException;
import fr.guichet.script.Script;
import fr.guichet.session.InterviewSession;
import fr.guichet.session.Opening;
import fr.guichet.session.SessionReplay;
import fr.guichet.session.SessionService;
import fr.guichet.session.Who;
import fr.guichet.store.DataDirectory;
import fr.guichet.store.StoreException;
import fr.guichet.store.Stores;
import fr.guichet.store.personal.PersonalDataStore.Consents;
import fr.guichet.store.session.ResumeCode;
import fr.guichet.store.sqlite.SqliteStores;
import fr.guichet.summary.SummaryMaker;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code replay} does: the prepared answers run headless, through the session service when
 * they are saved (a new session, or a new visit of {@code --resume CODE}), then the summary
 * written as a PDF carrying that session's code (or "(non enregistré)").
 */
final class ReplayOutputs {

  /** The replay's report, and the code of the session it was saved in (empty without --save). */
  record Outcome(Replay.Report report, Optional<ResumeCode> code) {}

  private ReplayOutputs() {}

  /** Runs the replay; returns null after printing a French error (the command then exits 1). */
  static Outcome run(boolean save, String resume, String data, Path pdf, PaperFormat format,
      Script script, LocalDate date, Map<String, String> prepared, PrintWriter err) {
    return run(save, resume, data, pdf, format, script, date, prepared, err, fr.guichet.script.Text.FRENCH);
  }

  /** The same, the interview in {@code language} (kept with a saved session, used on paper). */
  static Outcome run(boolean save, String resume, String data, Path pdf, PaperFormat format,
      Script script, LocalDate date, Map<String, String> prepared, PrintWriter err, String language) {
    if (!save) {
      Outcome outcome = new Outcome(Replay.run(script, date, DirectoryCommuneResolver.bundled(),
          prepared, language == null ? fr.guichet.script.Text.FRENCH : language), Optional.empty());
      return writePdf(outcome, pdf, format, err, null) ? outcome : null;
    }
    try (Stores stores = Configured.open(data, java.time.Clock.systemUTC())) {
      SessionService service = SessionServices.of(stores, () -> script,
          DirectoryCommuneResolver.bundled(), java.time.Clock.fixed(
              date.atStartOfDay(java.time.ZoneId.systemDefault()).toInstant(),
              java.time.ZoneId.systemDefault()), fr.guichet.session.SummaryPrinter.NOT_AVAILABLE);
      Who who = Who.command(PrintCommand.actor());
      InterviewSession session;
      if (resume != null) {
        Opening opening = service.openAtDesk(resume, who);
        if (opening instanceof Opening.Refused refused) {
          err.println("Refusé : " + refused.message());
          return null;
        }
        session = ((Opening.Opened) opening).session();
        if (language != null) {
          session.switchLanguage(language);
        }
      } else {
        session = service.start(who, null, language == null ? fr.guichet.script.Text.FRENCH : language);
      }
      Replay.Report report = SessionReplay.apply(session, prepared);
      ResumeCode code = session.saveForLater();
      if (report.finished()) {
        session.end();
        session.finish();
      }
      session.close();
      err.println("Dossier enregistré. Code de reprise : " + code);
      Outcome outcome = new Outcome(report, Optional.of(code));
      return writePdf(outcome, pdf, format, err, stores) ? outcome : null;
    } catch (StoreException e) {
      err.println("Erreur : " + e.userMessage());
      return null;
    }
  }

  private static boolean writePdf(Outcome outcome, Path pdf, PaperFormat format, PrintWriter err,
      Stores stores) {
    if (pdf == null) {
      return true;
    }
    try {
      SummaryMaker maker = Summaries.bundled();
      Consents consents = outcome.code().flatMap(c -> stores.sessions().findByCode(c))
          .map(s -> stores.personal().consents(s.id())).orElse(Consents.NOT_ASKED);
      byte[] bytes = maker.paper(outcome.report().interview(), outcome.code(), consents,
          outcome.report().interview().language(), format);
      new PdfFileOutput(pdf).print(bytes, format);
      if (stores != null) {
        stores.sessions().findByCode(outcome.code().get()).ifPresent(s -> stores.audit().record(
            PrintCommand.actor(), "PRINTED", s.id(),
            (format == PaperFormat.A4 ? "a4" : "receipt") + ":file"));
      }
      return true;
    } catch (PrintFailedException e) {
      err.println(e.userMessage() + " (" + pdf + ")");
      return false;
    }
  }
}
