package fr.guichet.print.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;

/**
 * Renders a {@link Report} to an A4 PDF with OpenPDF: text in the printouts' embedded font, and
 * each chart drawn by JFreeChart as an image at three times its printed size (sharp on paper).
 */
public final class PdfReportRenderer {
    private static final Pattern NUMBER = Pattern.compile("[<s0-9 ,.%€-]+");
    private static final Color HEADER = new Color(0xE4, 0xEA, 0xF1);

    public byte[] render(Report report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 42, 42, 42, 48);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new ReportFooter(report.footer()));
            document.addTitle(report.title());
            document.addCreator("Guichet");
            document.open();
            document.add(paragraph(report.title(), 18, Font.BOLD, 2));
            if (!report.subtitle().isEmpty()) {
                document.add(paragraph(report.subtitle(), 11, Font.NORMAL, 10));
            }
            for (Report.Block block : report.blocks()) {
                add(document, block);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("report layout failed", e);
        }
        return out.toByteArray();
    }

    private static void add(Document document, Report.Block block) throws DocumentException {
        if (block instanceof Report.Heading h) {
            Paragraph p = paragraph(h.text(), 13, Font.BOLD, 4);
            p.setSpacingBefore(10);
            document.add(p);
        } else if (block instanceof Report.Paragraph p) {
            document.add(paragraph(p.text(), 10, Font.NORMAL, 6));
        } else if (block instanceof Report.Table t) {
            document.add(table(t));
        } else if (block instanceof Report.BarChart c) {
            document.add(chart(c));
            if (!c.notes().isEmpty()) {
                document.add(paragraph(c.notes(), 8, Font.ITALIC, 6));
            }
        }
    }

    static Font font(float size, int style) {
        BaseFont base = ReportFonts.regular();
        return new Font(base, size, style);
    }

    private static Paragraph paragraph(String text, float size, int style, float after) {
        Paragraph p = new Paragraph(text, font(size, style));
        p.setSpacingAfter(after);
        return p;
    }

    private static PdfPTable table(Report.Table t) throws DocumentException {
        PdfPTable table = new PdfPTable(t.header().size());
        table.setWidthPercentage(100);
        table.setSpacingAfter(8);
        table.setHeaderRows(1);
        for (String h : t.header()) {
            PdfPCell cell = new PdfPCell(new Phrase(h, font(9, Font.BOLD)));
            cell.setBackgroundColor(HEADER);
            cell.setPadding(3);
            table.addCell(cell);
        }
        for (java.util.List<String> row : t.rows()) {
            for (int i = 0; i < t.header().size(); i++) {
                String text = i < row.size() ? row.get(i) : "";
                PdfPCell cell = new PdfPCell(new Phrase(text, font(9, Font.NORMAL)));
                cell.setPadding(3);
                if (i > 0 && NUMBER.matcher(text).matches()) {
                    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                }
                table.addCell(cell);
            }
        }
        return table;
    }

    private static Image chart(Report.BarChart c) throws DocumentException {
        float width = 510;
        float height = c.horizontal() ? Math.max(150, 40 + 18 * c.categories().size()) : 220;
        byte[] png = BarCharts.png(c, Math.round(width), Math.round(height), 3);
        try {
            Image image = Image.getInstance(png);
            image.scaleAbsolute(width, height);
            image.setSpacingAfter(4);
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException("chart image", e);
        }
    }
}
