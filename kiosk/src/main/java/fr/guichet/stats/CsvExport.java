package fr.guichet.stats;

import fr.guichet.store.stats.StatsDimension;
import java.util.ArrayList;
import java.util.List;

/**
 * A statistics table as CSV for French spreadsheets: UTF-8 with a byte-order mark (so that Excel
 * reads the accents), {@code ;} between fields, a header row, CRLF line ends. Hidden counts are
 * written as they are shown ("< 5", "s").
 */
public final class CsvExport {
  private CsvExport() {}

  public static String of(StatsTable table) {
    StringBuilder csv = new StringBuilder("\uFEFF");
    List<String> header = new ArrayList<>();
    for (StatsDimension d : table.dimensions()) {
      header.add(d.frenchName());
    }
    header.add("nombre");
    line(csv, header);
    for (StatsTable.Line l : table.lines()) {
      List<String> fields = new ArrayList<>(l.values());
      fields.add(l.display(table.threshold()));
      line(csv, fields);
    }
    return csv.toString();
  }

  /** The non-take-up table: benefit, people, unclaimed monthly euros (rounded to 100). */
  public static String of(NonTakeUpTable table) {
    StringBuilder csv = new StringBuilder("\uFEFF");
    line(csv, List.of("aide", "personnes", "montant_mensuel_estime_euros"));
    for (NonTakeUpTable.Line l : table.lines()) {
      line(csv, List.of(l.benefit(), l.peopleShown(table.threshold()), l.eurosShown()));
    }
    return csv.toString();
  }

  private static void line(StringBuilder csv, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        csv.append(';');
      }
      csv.append(quoted(fields.get(i)));
    }
    csv.append("\r\n");
  }

  private static String quoted(String field) {
    if (field.contains(";") || field.contains("\"") || field.contains("\n")
        || field.contains("\r")) {
      return '"' + field.replace("\"", "\"\"") + '"';
    }
    return field;
  }
}
