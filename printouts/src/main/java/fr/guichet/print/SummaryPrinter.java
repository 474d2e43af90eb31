package fr.guichet.print;

/**
 * Where a rendered summary goes: a printer, a file. Implementations throw
 * {@link PrintFailedException} when the output cannot be made; the caller then keeps the PDF.
 */
public interface SummaryPrinter {

    /**
     * Sends the PDF (as made by {@link PdfSummaryRenderer} for {@code format}) to the output.
     *
     * @throws PrintFailedException when no printer answers, the job is refused or the file cannot be written
     */
    void print(byte[] pdf, PaperFormat format);
}
