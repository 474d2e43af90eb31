package fr.guichet.print;

import java.util.ArrayList;
import java.util.List;

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
        render(List.of(summary), format, out);
    }

    /**
     * The same summary in several languages in one PDF, each starting on a new page (the
     * person's language first, then French for the worker); each receipt page is as long as its text.
     */
    public byte[] render(List<PrintableSummary> versions, PaperFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        render(versions, format, out);
        return out.toByteArray();
    }

    private void render(List<PrintableSummary> versions, PaperFormat format, OutputStream out) {
        if (versions.isEmpty()) throw new IllegalArgumentException("nothing to render");
        SummaryLayout layout = SummaryLayout.of(format);
        List<PdfPTable> columns = new ArrayList<>();
        for (PrintableSummary summary : versions) {
            columns.add(PdfBlocks.column(SummaryElements.of(summary, layout), layout.contentWidth()));
        }
        try {
            switch (format) {
                case A4 -> renderPages(versions, layout, columns, out);
                case RECEIPT_80MM -> renderReceipt(versions, layout, columns, out);
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot lay out the summary as " + format, e);
        }
    }

    private static void renderPages(List<PrintableSummary> versions, SummaryLayout layout,
            List<PdfPTable> columns, OutputStream out) throws DocumentException {
        Document document = new Document(new Rectangle(layout.pageWidth(), layout.pageHeight()),
                layout.marginX(), layout.marginX(), layout.marginTop(), layout.marginBottom());
        PdfWriter writer = open(document, versions.get(0), out);
        PageFooter footer = new PageFooter(layout);
        writer.setPageEvent(footer);
        document.open();
        for (int i = 0; i < versions.size(); i++) {
            if (i > 0) {
                document.newPage();
            }
            footer.summary = versions.get(i);
            document.add(columns.get(i));
        }
        document.close();
    }

    private static void renderReceipt(List<PrintableSummary> versions, SummaryLayout layout,
            List<PdfPTable> columns, OutputStream out) throws DocumentException {
        float first = layout.marginTop() + columns.get(0).getTotalHeight() + layout.marginBottom();
        Document document = new Document(new Rectangle(layout.pageWidth(), first), 0, 0, 0, 0);
        PdfWriter writer = open(document, versions.get(0), out);
        document.open();
        for (int i = 0; i < columns.size(); i++) {
            float height = layout.marginTop() + columns.get(i).getTotalHeight() + layout.marginBottom();
            if (i > 0) {
                document.setPageSize(new Rectangle(layout.pageWidth(), height));
                document.newPage();
                writer.setPageEmpty(false);
            }
            columns.get(i).writeSelectedRows(0, -1, layout.marginX(), height - layout.marginTop(), writer.getDirectContent());
        }
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

    /** "Code de reprise : … – page n" at the bottom of every A4 page, in the page's language. */
    private static final class PageFooter extends PdfPageEventHelper {
        private final SummaryLayout layout;
        private PrintableSummary summary;

        PageFooter(SummaryLayout layout) {
            this.layout = layout;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            Phrase footer = new Phrase(FrenchSpacing.apply(PaperWords.fill(summary.words().footer(), summary.resumeCode(),
                    writer.getPageNumber())), layout.small());
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER, footer,
                    layout.pageWidth() / 2, layout.marginBottom() / 2, 0);
        }
    }
}
