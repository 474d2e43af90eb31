package fr.guichet.print.report;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The report's typeface: the same embedded Liberation Sans as the summaries. */
final class ReportFonts {
    private static final String RESOURCE = "font-fallback/LiberationSans-Regular.ttf";

    private ReportFonts() {
    }

    static BaseFont regular() {
        return Holder.REGULAR;
    }

    private static final class Holder {
        static final BaseFont REGULAR = load();

        private static BaseFont load() {
            try (InputStream in = BaseFont.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("font " + RESOURCE + " not found");
                }
                return BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H,
                        BaseFont.EMBEDDED, true, in.readAllBytes(), null);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read font " + RESOURCE, e);
            }
        }
    }
}
