package fr.guichet.stats;

import fr.guichet.store.stats.StatsDimension;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A statistics table as an OpenDocument spreadsheet (.ods), the format LibreOffice opens
 * natively: one sheet, a header row, readable counts as numbers and hidden ones as the text shown
 * ("< 5", "s"). Written by hand (a zip with the three parts the format requires), no library.
 */
public final class OdsExport {
  private static final String MIME = "application/vnd.oasis.opendocument.spreadsheet";

  private OdsExport() {}

  public static byte[] of(StatsTable table) {
    List<List<Object>> rows = new ArrayList<>();
    List<Object> header = new ArrayList<>();
    for (StatsDimension d : table.dimensions()) {
      header.add(d.frenchName());
    }
    header.add("nombre");
    rows.add(header);
    for (StatsTable.Line l : table.lines()) {
      List<Object> row = new ArrayList<>(l.values());
      row.add(l.readable() ? (Object) l.count() : l.display(table.threshold()));
      rows.add(row);
    }
    return zip(content("Statistiques " + table.period().french(), rows));
  }

  private static String content(String sheet, List<List<Object>> rows) {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<office:document-content"
        + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
        + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
        + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
        + "<office:body><office:spreadsheet><table:table table:name=\"")
        .append(escape(sheet.length() > 31 ? "Statistiques" : sheet)).append("\">");
    for (List<Object> row : rows) {
      xml.append("<table:table-row>");
      for (Object cell : row) {
        if (cell instanceof Long number) {
          xml.append("<table:table-cell office:value-type=\"float\" office:value=\"")
              .append(number).append("\"><text:p>").append(number).append("</text:p></table:table-cell>");
        } else {
          xml.append("<table:table-cell office:value-type=\"string\"><text:p>")
              .append(escape(cell.toString())).append("</text:p></table:table-cell>");
        }
      }
      xml.append("</table:table-row>");
    }
    return xml.append("</table:table></office:spreadsheet></office:body></office:document-content>")
        .toString();
  }

  private static byte[] zip(String content) {
    String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
        + " manifest:version=\"1.2\">"
        + "<manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.2\""
        + " manifest:media-type=\"" + MIME + "\"/>"
        + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
        + "</manifest:manifest>";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      // The format asks for "mimetype" first and stored uncompressed, so tools can sniff it.
      byte[] mime = MIME.getBytes(StandardCharsets.US_ASCII);
      ZipEntry entry = new ZipEntry("mimetype");
      entry.setMethod(ZipEntry.STORED);
      entry.setSize(mime.length);
      CRC32 crc = new CRC32();
      crc.update(mime);
      entry.setCrc(crc.getValue());
      zip.putNextEntry(entry);
      zip.write(mime);
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
      zip.write(manifest.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write(content.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    } catch (IOException e) {
      throw new IllegalStateException("ODS in memory", e);
    }
    return bytes.toByteArray();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
