package fr.guichet.print.report;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

/** The footer line of every page of a report: its footer text and the page number. */
final class ReportFooter extends PdfPageEventHelper {
    private final String text;

    ReportFooter(String text) {
        this.text = text;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        String line = (text.isEmpty() ? "" : text + " — ") + "page " + writer.getPageNumber();
        ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                new Phrase(line, PdfReportRenderer.font(8, Font.NORMAL)),
                (document.left() + document.right()) / 2, document.bottom() - 24, 0);
    }
}
