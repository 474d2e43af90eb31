package fr.guichet.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Prints for real through CUPS to a cups-pdf queue and reads the printed PDF back. Runs only
 * when GUICHET_CUPS_QUEUE names the queue (see .ci/start-cups.sh); the output directory is
 * GUICHET_CUPS_OUTPUT_DIR, or ~/PDF as cups-pdf does by default.
 */
@EnabledIfEnvironmentVariable(named = "GUICHET_CUPS_QUEUE", matches = ".+")
class CupsPrintingTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final String queue = System.getenv("GUICHET_CUPS_QUEUE");
    private final Path outputDir = Path.of(System.getenv().getOrDefault("GUICHET_CUPS_OUTPUT_DIR",
            System.getProperty("user.home") + "/PDF"));

    @Test
    void print_whenA4ToCupsPdfQueue_printedCopyIsA4AndItsQrDecodes() throws Exception {
        byte[] pdf = new PdfSummaryRenderer().render(SummaryFixtures.full(), PaperFormat.A4);
        Map<Path, FileTime> before = pdfsIn(outputDir);

        CupsPrinter.named(queue).print(pdf, PaperFormat.A4);

        byte[] printed = Files.readAllBytes(awaitNewPdf(before));
        List<PDRectangle> pages = PdfInspection.pageSizes(printed);
        assertThat(pages).hasSize(2).allSatisfy(page -> {
            assertThat(page.getWidth()).isCloseTo(210 * PdfInspection.MM, within(2f));
            assertThat(page.getHeight()).isCloseTo(297 * PdfInspection.MM, within(2f));
        });
        // The printed copy is re-distilled by Ghostscript: its text is not extractable, its QR code is.
        assertThat(PdfInspection.decodeQr(PdfInspection.renderFirstPage(printed, 150)))
                .isEqualTo(SummaryFixtures.QR_PAYLOAD);
    }

    @Test
    void print_whenReceiptToCupsPdfQueue_isPrintedAndItsQrDecodes() throws Exception {
        byte[] pdf = new PdfSummaryRenderer().render(SummaryFixtures.minimal(), PaperFormat.RECEIPT_80MM);
        Map<Path, FileTime> before = pdfsIn(outputDir);

        CupsPrinter.named(queue).print(pdf, PaperFormat.RECEIPT_80MM);

        byte[] printed = Files.readAllBytes(awaitNewPdf(before));
        assertThat(PdfInspection.decodeQr(PdfInspection.renderFirstPage(printed, 150)))
                .isEqualTo(SummaryFixtures.QR_PAYLOAD);
    }

    /**
     * Polls until cups-pdf has written a new or rewritten PDF (it names files after the job
     * title, so a later job may reuse a name) and its size has stopped changing.
     */
    private Path awaitNewPdf(Map<Path, FileTime> before) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        long lastSize = -1;
        int stableFor = 0;
        while (System.nanoTime() < deadline) {
            List<Path> written = pdfsIn(outputDir).entrySet().stream()
                    .filter(file -> !file.getValue().equals(before.get(file.getKey())))
                    .map(Map.Entry::getKey).toList();
            if (written.size() == 1) {
                Path file = written.get(0);
                long size = Files.size(file);
                stableFor = size > 0 && size == lastSize ? stableFor + 1 : 0;
                lastSize = size;
                // Ghostscript writes in bursts on a busy machine: a second of quiet and a complete file.
                if (stableFor >= 5 && endsWithEof(file)) {
                    return file;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no new PDF in " + outputDir + " after " + TIMEOUT.toSeconds()
                + " s; see /var/log/cups/error_log");
    }

    private static boolean endsWithEof(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String tail = new String(bytes, Math.max(0, bytes.length - 64), Math.min(64, bytes.length),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        return tail.contains("%%EOF");
    }

    private static Map<Path, FileTime> pdfsIn(Path dir) throws IOException {
        Map<Path, FileTime> pdfs = new HashMap<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".pdf")).toList()) {
                    pdfs.put(file, Files.getLastModifiedTime(file));
                }
            }
        }
        return pdfs;
    }
}
