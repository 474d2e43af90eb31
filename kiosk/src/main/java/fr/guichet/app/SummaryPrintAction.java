package fr.guichet.app;

import fr.guichet.store.Actor;
import fr.guichet.store.session.ResumeCode;
import fr.guichet.store.session.Session;
import fr.guichet.store.Stores;
import fr.guichet.store.Stores;
import fr.guichet.store.sqlite.SqliteStores;
import fr.guichet.engine.Interview;
import fr.guichet.print.CupsPrinter;
import fr.guichet.print.PaperFormat;
import fr.guichet.print.PrintFailedException;
import fr.guichet.print.PrintableSummary;
import fr.guichet.store.personal.PersonalDataStore.Consents;
import fr.guichet.summary.Delivery;
import fr.guichet.summary.SummaryBuilder;
import fr.guichet.summary.SummaryDelivery;
import fr.guichet.summary.SummaryMaker;
import fr.guichet.session.SummaryPrinter;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The terminal interface's "Imprimer le résumé": the summary of the interview on screen, printed
 * through CUPS (the named queue or the default printer), kept in the data directory when that
 * fails, audited as PRINTED. Returns the French sentence to show; never throws for a printer.
 */
final class SummaryPrintAction implements SummaryPrinter {
  private static final Logger LOG = LoggerFactory.getLogger(SummaryPrintAction.class);

  private final Supplier<SummaryMaker> makerSource;
  private SummaryMaker maker;
  private final SummaryDelivery delivery;
  private final Supplier<Stores> store;
  private final String printerName;
  private final PaperFormat format;
  private final boolean kiosk;

  /**
   * @param printerName the CUPS queue, or null/blank for the system default
   * @param kiosk a kiosk prints receipts and never shows a file path to the citizen
   */
  SummaryPrintAction(Supplier<SummaryMaker> maker, SummaryDelivery delivery,
      Supplier<Stores> store, String printerName, boolean kiosk) {
    this.makerSource = maker;
    this.delivery = delivery;
    this.store = store;
    this.printerName = printerName == null ? "" : printerName.strip();
    this.kiosk = kiosk;
    this.format = kiosk ? PaperFormat.RECEIPT_80MM : PaperFormat.A4;
  }

  /** Loads the rules and territory now (call from a background thread after the first screen). */
  synchronized SummaryMaker maker() {
    if (maker == null) {
      maker = makerSource.get();
    }
    return maker;
  }

  @Override
  public String print(Interview interview, ResumeCode code, Actor actor) {
    return print(interview, code, actor, fr.guichet.i18n.AppTexts.FRENCH);
  }

  @Override
  public String print(Interview interview, ResumeCode code, Actor actor, String language) {
    SummaryMaker maker = maker();
    Optional<Session> session = Optional.ofNullable(code).flatMap(c -> store.get().sessions().findByCode(c));
    Consents choices = session.map(s -> store.get().personal().consents(s.id()))
        .orElse(Consents.NOT_ASKED);
    PrintableSummary summary = maker.summarize(interview, Optional.ofNullable(code), choices);
    byte[] pdf = maker.paper(interview, Optional.ofNullable(code), choices, language, format);
    CupsPrinter printer = Summaries.printer(printerName);
    Delivery result;
    try {
      result = delivery.deliver(pdf, format, printer, printerName, summary.resumeCode());
    } catch (PrintFailedException e) {
      LOG.error("Summary neither printed nor kept for session {}: {}", session.map(s -> s.id().toString()).orElse("new"),
          e.getMessage());
      return kiosk ? kioskFailure(summary.resumeCode())
          : e.userMessage() + " Notez votre code : " + summary.resumeCode() + ".";
    }
    String detail = (format == PaperFormat.A4 ? "a4" : "receipt")
        + (result instanceof Delivery.Kept kept ? ":kept:" + kept.failure().reason() : ":printer");
    session.ifPresent(s -> store.get().audit().record(actor, "PRINTED", s.id(), detail));
    if (result instanceof Delivery.Kept kept) {
      LOG.warn("Printing failed for session {}, PDF kept: {}", session.map(s -> s.id().toString()).orElse("new"),
          kept.failure().getMessage());
    }
    return kiosk && result instanceof Delivery.Kept ? kioskFailure(summary.resumeCode())
        : result.message();
  }

  /** At a kiosk the citizen sees no file path, only what to do. */
  static String kioskFailure(String code) {
    return "L'impression n'a pas marché. Notez votre code : " + code;
  }

  /**
   * Used by the launcher: the bundled rules and territory (loaded at the first print, or earlier
   * through {@link #maker()}), the data directory's pdf folder.
   */
  static SummaryPrintAction bundled(fr.guichet.store.DataDirectory data,
      Supplier<Stores> store, String printerName, boolean kiosk, java.time.Clock clock) {
    return new SummaryPrintAction(Summaries::bundled, new SummaryDelivery(data, clock), store,
        printerName, kiosk);
  }
}
