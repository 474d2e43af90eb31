package fr.guichet.summary;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads Guichet's PDFs back as a person or a scanner would: text, page sizes, the QR code. */
public final class PdfReading {
  public static final float MM = 72f / 25.4f;

  private PdfReading() {}

  /**
   * The text of every page in content order, lines stripped, no-break spaces as plain spaces,
   * runs of blank lines collapsed (as the printouts module's golden tests read it).
   */
  public static String text(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setLineSeparator("\n");
      StringBuilder text = new StringBuilder();
      boolean previousBlank = true;
      for (String line : stripper.getText(document).replace('\u00a0', ' ').replace('\u202f', ' ')
          .lines().map(String::strip).toList()) {
        if (!(line.isEmpty() && previousBlank)) {
          text.append(line).append('\n');
        }
        previousBlank = line.isEmpty();
      }
      return text.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<PDRectangle> pageSizes(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<PDRectangle> sizes = new ArrayList<>();
      document.getPages().forEach(page -> sizes.add(page.getMediaBox()));
      return sizes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Page 1 rendered at 150 dpi, then the QR code found on it, decoded. */
  public static String qrOnFirstPage(byte[] pdf) throws NotFoundException {
    BufferedImage image;
    try (PDDocument document = Loader.loadPDF(pdf)) {
      image = new PDFRenderer(document).renderImageWithDPI(0, 150, ImageType.GRAY);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
    return new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE,
        DecodeHintType.CHARACTER_SET, "UTF-8")).getText();
  }
}
