package fr.guichet.print;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;

/** A table cell that draws an empty square box to tick by hand, level with the first text line. */
final class CheckboxCell implements PdfPCellEvent {
    private final float boxSize;

    private CheckboxCell(float boxSize) {
        this.boxSize = boxSize;
    }

    static PdfPCell of(float boxSize) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setCellEvent(new CheckboxCell(boxSize));
        return cell;
    }

    @Override
    public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
        PdfContentByte canvas = canvases[PdfPTable.LINECANVAS];
        canvas.saveState();
        canvas.setLineWidth(1f);
        canvas.rectangle(position.getLeft() + 1, position.getTop() - boxSize - 2, boxSize, boxSize);
        canvas.stroke();
        canvas.restoreState();
    }
}
