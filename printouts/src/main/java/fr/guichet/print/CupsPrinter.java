package fr.guichet.print;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.print.DocFlavor;
import javax.print.DocPrintJob;
import javax.print.PrintException;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.SimpleDoc;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.Copies;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.Media;
import javax.print.attribute.standard.MediaSize;
import javax.print.attribute.standard.MediaSizeName;

/**
 * Prints summary PDFs through the Java print service, which on Linux is CUPS (it spools with
 * {@code lpr}, from the cups-bsd package). A4 jobs always ask for ISO A4, never the JVM's
 * US Letter default; receipt jobs ask for the queue's roll paper.
 */
public final class CupsPrinter implements SummaryPrinter {
    static final DocFlavor PDF = DocFlavor.INPUT_STREAM.PDF;
    /** Job title seen in the queue; never personal data. */
    static final String JOB_NAME = "guichet-recapitulatif";
    private static final String DEFAULT = "(default printer)";

    private final String printerName;

    private CupsPrinter(String printerName) {
        this.printerName = printerName;
    }

    /** The CUPS queue of that name. */
    public static CupsPrinter named(String printerName) {
        return new CupsPrinter(Texts.required(printerName, "printer name"));
    }

    /** Whatever the system's default printer is when printing. */
    public static CupsPrinter systemDefault() {
        return new CupsPrinter(null);
    }

    /** The queue name, or empty for the system default. */
    public Optional<String> printerName() {
        return Optional.ofNullable(printerName);
    }

    @Override
    public void print(byte[] pdf, PaperFormat format) {
        Objects.requireNonNull(pdf, "pdf is required");
        Objects.requireNonNull(format, "format is required");
        PrintService service = findService();
        String target = service.getName();
        if (!service.isDocFlavorSupported(PDF)) {
            throw new PrintFailedException(PrintFailedException.Reason.JOB_REFUSED, target,
                    "the printer does not accept PDF documents", null);
        }
        PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
        attributes.add(new JobName(JOB_NAME, null));
        attributes.add(new Copies(1));
        mediaFor(format, service).ifPresent(attributes::add);
        DocPrintJob job = service.createPrintJob();
        try {
            job.print(new SimpleDoc(new ByteArrayInputStream(pdf), PDF, null), attributes);
        } catch (PrintException | RuntimeException e) {
            throw new PrintFailedException(PrintFailedException.Reason.JOB_REFUSED, target,
                    "the print job failed (" + format + ", " + pdf.length + " bytes): " + e.getMessage(), e);
        }
    }

    private PrintService findService() {
        if (printerName == null) {
            PrintService service = PrintServiceLookup.lookupDefaultPrintService();
            if (service == null) {
                throw new PrintFailedException(PrintFailedException.Reason.NO_DEFAULT_PRINTER, DEFAULT,
                        "no default printer; known printers: " + knownPrinters(), null);
            }
            return service;
        }
        PrintService[] services = PrintServiceLookup.lookupPrintServices(null, null);
        return Arrays.stream(services).filter(s -> s.getName().equals(printerName)).findFirst()
                .or(() -> Arrays.stream(services).filter(s -> s.getName().equalsIgnoreCase(printerName)).findFirst())
                .orElseThrow(() -> new PrintFailedException(PrintFailedException.Reason.PRINTER_NOT_FOUND,
                        printerName, "no such printer; known printers: " + knownPrinters(), null));
    }

    private static String knownPrinters() {
        String names = Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null))
                .map(PrintService::getName).collect(Collectors.joining(", "));
        return names.isEmpty() ? "none (is CUPS running?)" : names;
    }

    private static Optional<Media> mediaFor(PaperFormat format, PrintService service) {
        return switch (format) {
            case A4 -> Optional.of(MediaSizeName.ISO_A4);
            case RECEIPT_80MM -> receiptMediaAmong(service.getSupportedAttributeValues(Media.class, PDF, null))
                    .or(() -> Optional.ofNullable((Media) service.getDefaultAttributeValue(Media.class)));
        };
    }

    /**
     * The roll paper among a queue's media: the size whose width is nearest 80 mm, between 56
     * and 82 mm. Empty when there is none; the queue's default is then used (a thermal queue's
     * default is its roll), never the JVM's US Letter.
     */
    static Optional<Media> receiptMediaAmong(Object supported) {
        if (!(supported instanceof Media[] media)) {
            return Optional.empty();
        }
        return Arrays.stream(media)
                .filter(MediaSizeName.class::isInstance)
                .map(MediaSizeName.class::cast)
                .filter(name -> MediaSize.getMediaSizeForName(name) != null)
                .filter(name -> widthMm(name) >= 56 && widthMm(name) <= 82)
                .min(Comparator.comparingDouble(name -> Math.abs(widthMm(name) - 80)))
                .map(Media.class::cast);
    }

    private static float widthMm(MediaSizeName name) {
        return MediaSize.getMediaSizeForName(name).getX(MediaSize.MM);
    }
}
