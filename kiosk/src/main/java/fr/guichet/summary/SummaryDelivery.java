package fr.guichet.summary;

import fr.guichet.store.DataDirectory;
import fr.guichet.print.PaperFormat;
import fr.guichet.print.PdfFileOutput;
import fr.guichet.print.PrintFailedException;
import fr.guichet.print.SummaryPrinter;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * Sends a rendered summary to a printer and, when no printer answers or the job fails, keeps the
 * PDF in the data directory's {@value #FOLDER} folder (owner-only) so that it can be printed later.
 * Nothing is written to disk when printing works: the PDF goes to the print service from memory.
 */
public final class SummaryDelivery {
  /** The folder of kept PDFs inside the data directory. */
  public static final String FOLDER = "pdf";
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private final Path folder;
  private final Clock clock;

  public SummaryDelivery(DataDirectory data, Clock clock) {
    this.folder = data.path().resolve(FOLDER);
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The folder kept PDFs go to. */
  public Path folder() {
    return folder;
  }

  /**
   * Prints {@code pdf}; on {@link PrintFailedException} keeps it and says where.
   *
   * @param printerName the queue name for the message, empty for the default printer
   * @param code the code printed on the sheet, used in the kept file's name and the message
   * @throws PrintFailedException (FILE_NOT_WRITTEN) when the PDF could neither be printed nor kept
   */
  public Delivery deliver(byte[] pdf, PaperFormat format, SummaryPrinter printer, String printerName, String code) {
    try {
      printer.print(pdf, format);
      return new Delivery.Printed(printerName);
    } catch (PrintFailedException failure) {
      return new Delivery.Kept(keep(pdf, format, code), code, failure);
    }
  }

  /** Writes the PDF in the kept folder (created owner-only) and returns its path. */
  public Path keep(byte[] pdf, PaperFormat format, String code) {
    ensureFolder();
    String stem = "recapitulatif-" + fileSafe(code) + "-" + STAMP.format(LocalDateTime.now(clock))
        + (format == PaperFormat.RECEIPT_80MM ? "-ticket" : "");
    Path file = folder.resolve(stem + ".pdf");
    for (int n = 2; Files.exists(file); n++) {
      file = folder.resolve(stem + "-" + n + ".pdf");
    }
    new PdfFileOutput(file).print(pdf, format);
    return file;
  }

  private void ensureFolder() {
    try {
      Files.createDirectories(folder);
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
      }
    } catch (IOException e) {
      throw new PrintFailedException(PrintFailedException.Reason.FILE_NOT_WRITTEN, folder.toString(),
          "cannot create the kept-PDF folder: " + e, e);
    }
  }

  private static String fileSafe(String code) {
    String safe = code.equals(SummaryBuilder.NOT_SAVED) ? "" : code.replaceAll("[^A-Za-z0-9-]", "");
    return safe.isEmpty() ? "non-enregistre" : safe;
  }
}
