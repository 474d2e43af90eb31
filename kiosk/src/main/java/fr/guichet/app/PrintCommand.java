package fr.guichet.app;

import fr.guichet.store.Actor;
import fr.guichet.store.DataDirectory;
import fr.guichet.store.session.ResumeCode;
import fr.guichet.store.session.Session;
import fr.guichet.store.Stores;
import fr.guichet.store.sqlite.SqliteStores;
import fr.guichet.commune.DirectoryCommuneResolver;
import fr.guichet.engine.Interview;
import fr.guichet.print.CupsPrinter;
import fr.guichet.print.PaperFormat;
import fr.guichet.print.PdfFileOutput;
import fr.guichet.print.PrintFailedException;
import fr.guichet.print.PrintableSummary;
import fr.guichet.script.Script;
import fr.guichet.summary.Delivery;
import fr.guichet.summary.SummaryDelivery;
import fr.guichet.summary.SummaryMaker;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code guichet print CODE}: the summary of a saved session, to a file ({@code --out}) or to a
 * CUPS printer. Exit 0 printed or written; 1 unknown code, store failure or file not written;
 * 2 bad code or option; 3 not printed (no printer, job refused) but the PDF kept in the data
 * directory, whose path is given.
 */
@Command(name = "print", mixinStandardHelpOptions = true,
    description = "Imprime le récapitulatif d'un dossier enregistré (ou l'écrit dans un fichier PDF).",
    exitCodeListHeading = "Codes de sortie :%n",
    exitCodeList = {"0:imprimé ou écrit", "1:code inconnu ou erreur", "2:code ou option invalide",
        "3:pas imprimé, PDF gardé dans le dossier de données"})
final class PrintCommand extends StoreCommand {
  /** Exit code when the printer failed and the PDF was kept instead. */
  static final int KEPT = 3;
  static final int USAGE = 2;

  @Parameters(paramLabel = "CODE", description = "Code de reprise, par exemple K7F-M2Q-9XR4 (ou GUICHET:…).")
  String code;

  @Option(names = "--format", paramLabel = "a4|receipt", description = "Papier : a4 (par défaut) ou receipt (ticket 80 mm).")
  String format;

  @Option(names = "--out", paramLabel = "FICHIER.pdf", description = "Écrit le PDF dans ce fichier au lieu d'imprimer.")
  Path out;

  @Option(names = "--printer", paramLabel = "FILE", description = "File d'impression CUPS (sinon l'imprimante par défaut).")
  String printer;

  @Option(names = "--today", paramLabel = "AAAA-MM-JJ", description = "Date du récapitulatif (par défaut : aujourd'hui).")
  String today;

  @Mixin ScriptOption script = new ScriptOption();

  @Override
  int run(Stores store) {
    PaperFormat paper = Summaries.format(format);
    Optional<ResumeCode> parsed = ResumeCode.parse(code);
    LocalDate date = date();
    if (paper == null || parsed.isEmpty() || date == null) {
      err().println(paper == null ? "Format inconnu : « " + format + " » (a4 ou receipt)."
          : parsed.isEmpty() ? "Code invalide : « " + code + " ». Vérifiez-le (10 caractères, par exemple K7F-M2Q-9XR4)."
          : "Date invalide pour --today : « " + today + " » (attendu AAAA-MM-JJ).");
      return USAGE;
    }
    Optional<Session> session = store.sessions().findByCode(parsed.get());
    if (session.isEmpty()) {
      err().println("Aucun dossier ne correspond au code " + parsed.get() + ".");
      return REFUSED;
    }
    Script loaded = script.loadOrReport(err());
    if (loaded == null) {
      return REFUSED;
    }
    if (!loaded.id().equals(session.get().scriptId())) {
      err().println("Ce dossier a été commencé avec un autre questionnaire (« " + session.get().scriptId() + " »).");
      return REFUSED;
    }
    return print(store, session.get(), loaded, paper, date);
  }

  private int print(Stores store, Session session, Script loaded, PaperFormat paper, LocalDate date) {
    Interview interview = Interview.resume(loaded, date, DirectoryCommuneResolver.bundled(),
        store.sessions().currentAnswers(session.id()), session.scriptVersion()).interview();
    SummaryMaker maker = Summaries.bundled();
    PrintableSummary summary = maker.summarize(interview, Optional.of(session.resumeCode()),
        store.personal().consents(session.id()));
    byte[] pdf = maker.paper(interview, Optional.of(session.resumeCode()), store.personal().consents(session.id()),
        store.sessions().language(session.id()), paper);
    String paperWord = paper == PaperFormat.A4 ? "a4" : "receipt";
    Actor actor = actor();
    if (out != null) {
      try {
        new PdfFileOutput(out).print(pdf, paper);
      } catch (PrintFailedException e) {
        err().println(e.userMessage() + " (" + out + ")");
        return REFUSED;
      }
      store.audit().record(actor, "PRINTED", session.id(), paperWord + ":file");
      out().println("Récapitulatif écrit dans " + out.toAbsolutePath() + " (code " + session.resumeCode() + ").");
      return 0;
    }
    CupsPrinter cups = Summaries.printer(printer);
    Delivery delivery = new SummaryDelivery(DataDirectory.resolve(data), clock)
        .deliver(pdf, paper, cups, cups.printerName().orElse(""), session.resumeCode().toString());
    if (delivery instanceof Delivery.Kept kept) {
      store.audit().record(actor, "PRINTED", session.id(), paperWord + ":kept:" + kept.failure().reason());
      err().println(kept.message());
      return KEPT;
    }
    store.audit().record(actor, "PRINTED", session.id(), paperWord + ":printer");
    out().println(delivery.message() + " Code du dossier : " + session.resumeCode() + ".");
    return 0;
  }

  private LocalDate date() {
    try {
      return today == null ? LocalDate.now(clock.withZone(java.time.ZoneId.systemDefault())) : LocalDate.parse(today);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The agent running the command on this machine, for the audit log. */
  static Actor actor() {
    return new Actor(TuiLauncher.safeName(System.getProperty("user.name"), "agent")
        .toLowerCase(Locale.ROOT), CliConsole.terminalId());
  }
}
