package fr.guichet.print;

import com.lowagie.text.Font;

/**
 * Sizes for one paper format, in PDF points (1/72 inch). Type is large on purpose: the
 * summary is read by people who may not read well.
 */
record SummaryLayout(
        float pageWidth,
        float pageHeight,
        float marginX,
        float marginTop,
        float marginBottom,
        float titleSize,
        float headingSize,
        float bodySize,
        float smallSize,
        float codeSize,
        float qrSize,
        boolean codeBesideQr) {

    private static final float MM = 72f / 25.4f;

    /** A4 portrait, 2 cm side margins. */
    static final SummaryLayout A4 = new SummaryLayout(
            595.28f, 841.89f, 20 * MM, 16 * MM, 20 * MM, 24, 18, 13, 11, 30, 40 * MM, true);

    /** 80 mm roll, 72 mm printable; the height is computed from the content. */
    static final SummaryLayout RECEIPT = new SummaryLayout(
            80 * MM, 0, 4 * MM, 6 * MM, 12 * MM, 15, 13, 10.5f, 9, 22, 40 * MM, false);

    static SummaryLayout of(PaperFormat format) {
        return switch (format) {
            case A4 -> A4;
            case RECEIPT_80MM -> RECEIPT;
        };
    }

    float contentWidth() {
        return pageWidth - 2 * marginX;
    }

    Font title() {
        return new Font(PdfFonts.regular(), titleSize, Font.BOLD);
    }

    Font heading() {
        return new Font(PdfFonts.regular(), headingSize, Font.BOLD);
    }

    Font body() {
        return new Font(PdfFonts.regular(), bodySize, Font.NORMAL);
    }

    Font bodyBold() {
        return new Font(PdfFonts.regular(), bodySize, Font.BOLD);
    }

    Font small() {
        return new Font(PdfFonts.regular(), smallSize, Font.NORMAL);
    }

    Font code() {
        return new Font(PdfFonts.regular(), codeSize, Font.BOLD);
    }
}
