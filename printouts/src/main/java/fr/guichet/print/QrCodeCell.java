package fr.guichet.print;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;
import java.util.Map;

/**
 * A table cell that draws a QR code as vector squares (error correction M, UTF-8), so it
 * stays sharp on thermal printers and costs no image. The 4-module quiet zone is inside
 * the cell.
 */
final class QrCodeCell implements PdfPCellEvent {
    static final int QUIET_ZONE_MODULES = 4;

    private final ByteMatrix modules;

    private QrCodeCell(ByteMatrix modules) {
        this.modules = modules;
    }

    /** A borderless cell of the given square size holding the QR code of the payload. */
    static PdfPCell of(String payload, float size) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setFixedHeight(size);
        cell.setCellEvent(new QrCodeCell(encode(payload)));
        return cell;
    }

    static ByteMatrix encode(String payload) {
        try {
            return Encoder.encode(payload, ErrorCorrectionLevel.M,
                    Map.of(EncodeHintType.CHARACTER_SET, "UTF-8")).getMatrix();
        } catch (WriterException e) {
            throw new IllegalArgumentException("QR payload too long for a QR code ("
                    + payload.length() + " characters)", e);
        }
    }

    @Override
    public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
        int count = modules.getWidth() + 2 * QUIET_ZONE_MODULES;
        float side = Math.min(position.getWidth(), position.getHeight());
        float module = side / count;
        float left = position.getLeft() + (position.getWidth() - side) / 2 + QUIET_ZONE_MODULES * module;
        float top = position.getTop() - (position.getHeight() - side) / 2 - QUIET_ZONE_MODULES * module;
        PdfContentByte canvas = canvases[PdfPTable.BACKGROUNDCANVAS];
        canvas.saveState();
        canvas.setGrayFill(0);
        for (int y = 0; y < modules.getHeight(); y++) {
            drawRow(canvas, y, left, top - (y + 1) * module, module);
        }
        canvas.fill();
        canvas.restoreState();
    }

    /** Dark modules next to each other on a row become one rectangle. */
    private void drawRow(PdfContentByte canvas, int y, float left, float bottom, float module) {
        int x = 0;
        int width = modules.getWidth();
        while (x < width) {
            if (modules.get(x, y) != 1) {
                x++;
                continue;
            }
            int start = x;
            while (x < width && modules.get(x, y) == 1) {
                x++;
            }
            // A hair taller than a module, so that rows touch without a seam when rendered.
            canvas.rectangle(left + start * module, bottom - 0.05f, (x - start) * module, module + 0.1f);
        }
    }
}
