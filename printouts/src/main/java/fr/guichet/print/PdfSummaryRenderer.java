package fr.guichet.print;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;

/**
 * Lays out a {@link PrintableSummary} as a PDF: A4 pages, or one 80 mm receipt page exactly
 * as long as its content. Stateless and thread-safe.
 */
public final class PdfSummaryRenderer {

    /** The PDF bytes of the summary in the given format. */
    public byte[] render(PrintableSummary summary, PaperFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        render(summary, format, out);
        return out.toByteArray();
    }

    /** Writes the PDF to {@code out}, which is left open. */
    public void render(PrintableSummary summary, PaperFormat format, OutputStream out) {
        SummaryLayout layout = SummaryLayout.of(format);
        PdfPTable column = PdfBlocks.column(SummaryElements.of(summary, layout), layout.contentWidth());
        try {
            switch (format) {
                case A4 -> renderPages(summary, layout, column, out);
                case RECEIPT_80MM -> renderReceipt(summary, layout, column, out);
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot lay out the summary as " + format, e);
        }
    }

    private static void renderPages(PrintableSummary summary, SummaryLayout layout,
            PdfPTable column, OutputStream out) throws DocumentException {
        Document document = new Document(new Rectangle(layout.pageWidth(), layout.pageHeight()),
                layout.marginX(), layout.marginX(), layout.marginTop(), layout.marginBottom());
        PdfWriter writer = open(document, summary, out);
        writer.setPageEvent(new PageFooter(summary.resumeCode(), layout));
        document.open();
        document.add(column);
        document.close();
    }

    private static void renderReceipt(PrintableSummary summary, SummaryLayout layout,
            PdfPTable column, OutputStream out) throws DocumentException {
        float height = layout.marginTop() + column.getTotalHeight() + layout.marginBottom();
        Document document = new Document(new Rectangle(layout.pageWidth(), height), 0, 0, 0, 0);
        PdfWriter writer = open(document, summary, out);
        document.open();
        column.writeSelectedRows(0, -1, layout.marginX(), height - layout.marginTop(), writer.getDirectContent());
        document.close();
    }

    private static PdfWriter open(Document document, PrintableSummary summary, OutputStream out)
            throws DocumentException {
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        // Metadata carries no personal data: only the title and the tool.
        document.addTitle(summary.title());
        document.addCreator("Guichet");
        return writer;
    }

    /** "Code de reprise : … – page n" at the bottom of every A4 page. */
    private static final class PageFooter extends PdfPageEventHelper {
        private final String resumeCode;
        private final SummaryLayout layout;

        PageFooter(String resumeCode, SummaryLayout layout) {
            this.resumeCode = resumeCode;
            this.layout = layout;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            Phrase footer = new Phrase(FrenchSpacing.apply("Code de reprise : " + resumeCode + " – page " + writer.getPageNumber()),
                    layout.small());
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER, footer,
                    layout.pageWidth() / 2, layout.marginBottom() / 2, 0);
        }
    }
}
