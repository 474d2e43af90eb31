package fr.guichet.print;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Benchmark, not a test: the whole summary (A4 and receipt, with QR) against a bare OpenPDF page
 * with the same embedded font and a ZXing QR image. Cold = first call in a fresh JVM (median of
 * several child JVMs); warm = average of 50 calls after warm-up. Run:
 * <pre>
 * mvn -q -pl printouts test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * cd printouts && java -cp target/classes:target/test-classes:$(cat target/cp.txt) fr.guichet.print.PrintBench
 * </pre>
 */
public final class PrintBench {
    private static final int COLD_RUNS = 7;
    private static final int WARM_UP = 30;
    private static final int WARM_RUNS = 50;

    public static void main(String[] args) throws Exception {
        if (args.length == 1) {
            long start = System.nanoTime();
            byte[] pdf = cases().get(args[0]).get();
            System.out.println((System.nanoTime() - start) / 1e6 + " " + pdf.length);
            return;
        }
        System.out.printf("%-14s %10s %10s %8s%n", "case", "cold ms", "warm ms", "bytes");
        Map<String, Double> cold = new java.util.LinkedHashMap<>();
        for (String name : cases().keySet()) {
            cold.put(name, medianColdMs(name));
        }
        for (var entry : cases().entrySet()) {
            double warm = warmMs(entry.getValue());
            System.out.printf("%-14s %10.1f %10.2f %8d%n", entry.getKey(), cold.get(entry.getKey()), warm,
                    entry.getValue().get().length);
        }
    }

    private static Map<String, Supplier<byte[]>> cases() {
        PdfSummaryRenderer renderer = new PdfSummaryRenderer();
        Map<String, Supplier<byte[]>> cases = new java.util.LinkedHashMap<>();
        cases.put("bare-page", PrintBench::barePage);
        cases.put("summary-a4", () -> renderer.render(SummaryFixtures.full(), PaperFormat.A4));
        cases.put("summary-80mm", () -> renderer.render(SummaryFixtures.full(), PaperFormat.RECEIPT_80MM));
        return cases;
    }

    /** One A4 page: a line of text in the same embedded font and a QR code image from ZXing. */
    static byte[] barePage() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document(PageSize.A4);
            PdfWriter.getInstance(document, out);
            document.open();
            document.add(new Paragraph("Votre code : K7P-4QX – reçu à Besançon, 635 € « œ »",
                    new Font(PdfFonts.regular(), 13)));
            BitMatrix matrix = new QRCodeWriter().encode(SummaryFixtures.QR_PAYLOAD, BarcodeFormat.QR_CODE, 300, 300,
                    Map.of(EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.ERROR_CORRECTION,
                            ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
            Image qr = Image.getInstance(MatrixToImageWriter.toBufferedImage(matrix), null);
            qr.scaleAbsolute(113, 113);
            document.add(qr);
            document.close();
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static double warmMs(Supplier<byte[]> run) {
        for (int i = 0; i < WARM_UP; i++) {
            run.get();
        }
        long start = System.nanoTime();
        for (int i = 0; i < WARM_RUNS; i++) {
            run.get();
        }
        return (System.nanoTime() - start) / 1e6 / WARM_RUNS;
    }

    private static double medianColdMs(String name) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        double[] times = new double[COLD_RUNS];
        for (int i = 0; i < COLD_RUNS; i++) {
            List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                    PrintBench.class.getName(), name));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (BufferedReader reader = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line = reader.readLine();
                if (process.waitFor() != 0 || line == null) {
                    throw new IllegalStateException("cold run of " + name + " failed: " + line);
                }
                times[i] = Double.parseDouble(line.split(" ")[0]);
            }
        }
        Arrays.sort(times);
        return times[COLD_RUNS / 2];
    }
}
