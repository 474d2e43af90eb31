package fr.guichet.print;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The one typeface of every printout: Liberation Sans, shipped inside the OpenPDF jar (SIL OFL
 * 1.1), embedded as a Unicode subset (Identity-H) so that é à ç œ € « » ’ print on any machine
 * without relying on the fonts installed there. Bold is simulated by OpenPDF (fill and stroke).
 */
final class PdfFonts {
    static final String RESOURCE = "font-fallback/LiberationSans-Regular.ttf";

    private PdfFonts() {
    }

    /** Parsed once per JVM: parsing the 400 KB font file is the expensive part. */
    static BaseFont regular() {
        return Holder.REGULAR;
    }

    private static final class Holder {
        static final BaseFont REGULAR = load();

        private static BaseFont load() {
            try (InputStream in = BaseFont.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("font " + RESOURCE + " not found in the OpenPDF jar");
                }
                byte[] ttf = in.readAllBytes();
                return BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H,
                        BaseFont.EMBEDDED, true, ttf, null);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read font " + RESOURCE, e);
            }
        }
    }
}
