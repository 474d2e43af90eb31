package fr.guichet.app;

import fr.guichet.engine.Interview;
import fr.guichet.print.CupsPrinter;
import fr.guichet.print.PaperFormat;
import fr.guichet.print.PrintFailedException;
import fr.guichet.print.PrintableSummary;
import fr.guichet.store.Actor;
import fr.guichet.store.PersonalDataStore.Consents;
import fr.guichet.store.ResumeCode;
import fr.guichet.store.Session;
import fr.guichet.store.SessionStore;
import fr.guichet.store.SqliteSessionStore;
import fr.guichet.summary.Delivery;
import fr.guichet.summary.SummaryBuilder;
import fr.guichet.summary.SummaryDelivery;
import fr.guichet.summary.SummaryMaker;
import fr.guichet.tui.PrintAction;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The terminal interface's "Imprimer le résumé": the summary of the interview on screen, printed
 * through CUPS (the named queue or the default printer), kept in the data directory when that
 * fails, audited as PRINTED. Returns the French sentence to show; never throws for a printer.
 */
final class SummaryPrintAction implements PrintAction {
  private static final Logger LOG = LoggerFactory.getLogger(SummaryPrintAction.class);

  private final Supplier<SummaryMaker> makerSource;
  private SummaryMaker maker;
  private final SummaryDelivery delivery;
  private final Supplier<SessionStore> store;
  private final Actor actor;
  private final String printerName;
  private final PaperFormat format;

  /**
   * @param printerName the CUPS queue, or null/blank for the system default
   * @param format A4 at a desk, RECEIPT_80MM at a kiosk with a ticket printer
   */
  SummaryPrintAction(Supplier<SummaryMaker> maker, SummaryDelivery delivery, Supplier<SessionStore> store, Actor actor,
      String printerName, PaperFormat format) {
    this.makerSource = maker;
    this.delivery = delivery;
    this.store = store;
    this.actor = actor;
    this.printerName = printerName == null ? "" : printerName.strip();
    this.format = format;
  }

  /** Loads the rules and territory now (call from a background thread after the first screen). */
  synchronized SummaryMaker maker() {
    if (maker == null) {
      maker = makerSource.get();
    }
    return maker;
  }

  @Override
  public String print(Interview interview, ResumeCode code) {
    SummaryMaker maker = maker();
    Optional<Session> session = Optional.ofNullable(code).flatMap(c -> store.get().findByCode(c));
    Consents choices = session.filter(s -> store.get() instanceof SqliteSessionStore)
        .map(s -> ((SqliteSessionStore) store.get()).personalData().consents(s.id()))
        .orElse(Consents.NOT_ASKED);
    PrintableSummary summary = maker.summarize(interview, Optional.ofNullable(code), choices);
    byte[] pdf = maker.render(summary, format);
    CupsPrinter printer = Summaries.printer(printerName);
    Delivery result;
    try {
      result = delivery.deliver(pdf, format, printer, printerName, summary.resumeCode());
    } catch (PrintFailedException e) {
      LOG.error("Summary neither printed nor kept for session {}: {}", session.map(s -> s.id().toString()).orElse("new"),
          e.getMessage());
      return e.userMessage() + " Notez votre code : " + summary.resumeCode() + ".";
    }
    String detail = (format == PaperFormat.A4 ? "a4" : "receipt")
        + (result instanceof Delivery.Kept kept ? ":kept:" + kept.failure().reason() : ":printer");
    session.ifPresent(s -> store.get().audit(actor, "PRINTED", s.id(), detail));
    if (result instanceof Delivery.Kept kept) {
      LOG.warn("Printing failed for session {}, PDF kept: {}", session.map(s -> s.id().toString()).orElse("new"),
          kept.failure().getMessage());
    }
    return result.message();
  }

  /**
   * Used by the launcher: the bundled rules and territory (loaded at the first print, or earlier
   * through {@link #maker()}), the data directory's pdf folder.
   */
  static SummaryPrintAction bundled(fr.guichet.store.DataDirectory data, Supplier<SessionStore> store, Actor actor,
      String printerName, PaperFormat format, java.time.Clock clock) {
    return new SummaryPrintAction(Summaries::bundled, new SummaryDelivery(data, clock), store, actor, printerName,
        format);
  }
}
