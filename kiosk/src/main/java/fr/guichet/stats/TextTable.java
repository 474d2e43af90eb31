package fr.guichet.stats;

import fr.guichet.store.stats.StatsDimension;
import java.util.ArrayList;
import java.util.List;

/** A statistics table as aligned plain text, for the terminal. */
public final class TextTable {
  private TextTable() {}

  public static String of(StatsTable table) {
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>();
    for (StatsDimension d : table.dimensions()) {
      header.add(d.frenchName());
    }
    header.add("nombre");
    rows.add(header);
    for (StatsTable.Line l : table.lines()) {
      List<String> row = new ArrayList<>(l.values());
      row.add(l.display(table.threshold()));
      rows.add(row);
    }
    int[] widths = new int[header.size()];
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    StringBuilder text = new StringBuilder();
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        boolean last = i == row.size() - 1;
        String cell = row.get(i);
        text.append(last ? " ".repeat(widths[i] - cell.length()) + cell
            : cell + " ".repeat(widths[i] - cell.length() + 2));
      }
      text.append('\n');
    }
    return text.toString();
  }
}
