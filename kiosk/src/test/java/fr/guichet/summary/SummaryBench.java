package fr.guichet.summary;

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
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import fr.guichet.engine.Interview;
import fr.guichet.print.PaperFormat;
import fr.guichet.store.personal.PersonalDataStore.Consents;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Benchmark, not a test: the whole printed summary of a finished interview (eligibility check,
 * routing, wording, PDF with QR) against a bare OpenPDF page with the same embedded font and a
 * ZXing QR image. The interview is built before the clock starts (the kiosk has it on screen).
 * Cold = first summary in a fresh JVM, loading of rules, territory and font included (median of
 * child JVMs); "a4-warmrules" is the cold first A4 print once the rules and territory are loaded
 * (a launcher can load them in the background); warm = mean of 50 after 30 warm-up runs. Run: {@code bash bench/run.sh summary}.
 */
public final class SummaryBench {
  private static final int COLD_RUNS = 7;
  private static final int WARM_UP = 30;
  private static final int WARM_RUNS = 50;

  public static void main(String[] args) throws Exception {
    Interview interview = Personas.interview(Personas.TENANT);
    if (args.length == 1) {
      if (args[0].endsWith("-warmrules")) {
        // Rules, territory and font loaded (as a launcher would in the background), nothing printed yet.
        maker = SummaryBuilderTest.maker(SummarySettings.DEFAULT);
        maker.summarize(interview, Optional.of(Personas.FIXED_CODE), Consents.NOT_ASKED);
      }
      long start = System.nanoTime();
      byte[] pdf = cases().get(args[0]).apply(interview);
      System.out.println((System.nanoTime() - start) / 1e6 + " " + pdf.length);
      return;
    }
    System.out.printf("%-16s %10s %10s %8s%n", "case", "cold ms", "warm ms", "bytes");
    Map<String, Double> cold = new LinkedHashMap<>();
    for (String name : cases().keySet()) {
      cold.put(name, medianColdMs(name));
    }
    for (var entry : cases().entrySet()) {
      double warm = warmMs(entry.getValue(), interview);
      System.out.printf("%-16s %10.1f %10.2f %8d%n", entry.getKey(), cold.get(entry.getKey()), warm,
          entry.getValue().apply(interview).length);
    }
  }

  private static Map<String, Function<Interview, byte[]>> cases() {
    Map<String, Function<Interview, byte[]>> cases = new LinkedHashMap<>();
    cases.put("bare-page", interview -> barePage());
    cases.put("summary-a4", interview -> summary(interview, PaperFormat.A4));
    cases.put("summary-receipt", interview -> summary(interview, PaperFormat.RECEIPT_80MM));
    cases.put("a4-warmrules", interview -> summary(interview, PaperFormat.A4));
    return cases;
  }

  private static SummaryMaker maker;

  private static byte[] summary(Interview interview, PaperFormat format) {
    if (maker == null) {
      maker = SummaryBuilderTest.maker(SummarySettings.DEFAULT);
    }
    return maker.render(maker.summarize(interview, Optional.of(Personas.FIXED_CODE), Consents.NOT_ASKED), format);
  }

  private static BaseFont font;

  /** One A4 page: a line in the printouts' embedded font and a ZXing QR code image. */
  static byte[] barePage() {
    try {
      if (font == null) {
        try (InputStream in = BaseFont.class.getClassLoader()
            .getResourceAsStream("font-fallback/LiberationSans-Regular.ttf")) {
          font = BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
              in.readAllBytes(), null);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Document document = new Document(PageSize.A4);
      PdfWriter.getInstance(document, out);
      document.open();
      document.add(new Paragraph("Votre code : K7F-M2Q-9XR6 – reçu à Ornans, 635 € « œ »", new Font(font, 13)));
      BitMatrix matrix = new QRCodeWriter().encode(Personas.FIXED_CODE.scanForm(), BarcodeFormat.QR_CODE, 300, 300,
          Map.of(EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
              EncodeHintType.MARGIN, 4));
      Image qr = Image.getInstance(MatrixToImageWriter.toBufferedImage(matrix), null);
      qr.scaleAbsolute(113, 113);
      document.add(qr);
      document.close();
      return out.toByteArray();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static double warmMs(Function<Interview, byte[]> run, Interview interview) {
    for (int i = 0; i < WARM_UP; i++) {
      run.apply(interview);
    }
    long start = System.nanoTime();
    for (int i = 0; i < WARM_RUNS; i++) {
      run.apply(interview);
    }
    return (System.nanoTime() - start) / 1e6 / WARM_RUNS;
  }

  private static double medianColdMs(String name) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    double[] times = new double[COLD_RUNS];
    for (int i = 0; i < COLD_RUNS; i++) {
      List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
          SummaryBench.class.getName(), name));
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
          StandardCharsets.UTF_8))) {
        String last = null;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          last = line;
        }
        if (process.waitFor() != 0 || last == null) {
          throw new IllegalStateException("cold run of " + name + " failed: " + last);
        }
        times[i] = Double.parseDouble(last.split(" ")[0]);
      }
    }
    Arrays.sort(times);
    return times[COLD_RUNS / 2];
  }
}
