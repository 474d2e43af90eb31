package fr.guichet.print;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;

/** Small OpenPDF building blocks with the spacing rules of the printouts. */
final class PdfBlocks {
    private static final float LEADING = 1.3f;

    private PdfBlocks() {
    }

    static Paragraph line(String text, Font font) {
        Paragraph paragraph = new Paragraph(LEADING * font.getSize(), FrenchSpacing.apply(text), font);
        paragraph.setSpacingAfter(font.getSize() * 0.15f);
        return paragraph;
    }

    static Paragraph centered(String text, Font font) {
        Paragraph paragraph = line(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        return paragraph;
    }

    /** A line whose marker (bullet, number) hangs in the margin so wrapped text aligns. */
    static Paragraph hanging(String marker, String text, Font font) {
        String prefix = marker + "\u00a0";
        Paragraph paragraph = line(prefix + text, font);
        float indent = font.getBaseFont().getWidthPoint(prefix, font.getSize());
        paragraph.setIndentationLeft(indent);
        paragraph.setFirstLineIndent(-indent);
        return paragraph;
    }

    static Paragraph bullet(String text, Font font) {
        return hanging("•", text, font);
    }

    static PdfPCell plainCell() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        return cell;
    }

    /** A framed box, for what must not be missed. */
    static PdfPTable framed(List<? extends Element> elements, float padding) {
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.BOX);
        cell.setBorderWidth(1.5f);
        cell.setPadding(padding);
        cell.setPaddingTop(padding / 2);
        elements.forEach(cell::addElement);
        table.addCell(cell);
        return table;
    }

    /**
     * The whole summary as one column: a row per block, so that OpenPDF keeps each block on one
     * page (A4) and can measure the total height (receipt).
     */
    static PdfPTable column(List<SummaryElements.Block> blocks, float width) {
        PdfPTable column = new PdfPTable(1);
        column.setTotalWidth(width);
        column.setLockedWidth(true);
        column.setSplitLate(true);
        column.setSplitRows(true);
        for (SummaryElements.Block block : blocks) {
            PdfPCell cell = plainCell();
            cell.setPaddingTop(block.spaceBefore());
            block.elements().forEach(cell::addElement);
            column.addCell(cell);
        }
        return column;
    }
}
