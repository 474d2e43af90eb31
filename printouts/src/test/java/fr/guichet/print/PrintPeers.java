package fr.guichet.print;

import java.util.Arrays;

/**
 * The printout line of bench/run.sh peers (a plain main, not a test): the whole A4 summary with
 * its QR code, warm, next to a bare OpenPDF page with the same embedded font and a ZXing QR image
 * ({@link PrintBench#barePage()}), interleaved. Args: [rounds].
 */
public final class PrintPeers {
    private PrintPeers() {}

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        PdfSummaryRenderer renderer = new PdfSummaryRenderer();
        long[] ours = new long[rounds];
        long[] bare = new long[rounds];
        int pages = 0;
        for (int i = -rounds; i < rounds; i++) {
            long t0 = System.nanoTime();
            byte[] summary = renderer.render(SummaryFixtures.full(), PaperFormat.A4);
            long t1 = System.nanoTime();
            byte[] page = PrintBench.barePage();
            long t2 = System.nanoTime();
            if (i >= 0) {
                ours[i] = t1 - t0;
                bare[i] = t2 - t1;
            }
            pages = summary.length + page.length > 0 ? pages + 1 : pages;
        }
        System.out.printf("print: A4 summary with QR, warm, p50 %.2f ms p99 %.2f; bare OpenPDF page (same font, ZXing QR)"
                + " p50 %.2f ms; ratio %.2f%n", p(ours, 50) / 1e6, p(ours, 99) / 1e6, p(bare, 50) / 1e6,
                (double) p(ours, 50) / p(bare, 50));
    }

    private static long p(long[] nanos, int percent) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, sorted.length * percent / 100)];
    }
}
