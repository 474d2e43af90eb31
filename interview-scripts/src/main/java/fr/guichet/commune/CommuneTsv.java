package fr.guichet.commune;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the rows of {@code guichet/communes.tsv}, derived from
 * {@code @etalab/decoupage-administratif} by {@code interview-scripts/tools/derive-communes.py}.
 *
 * <p>Lines starting with {@code #} are comments. A data row has seven tab-separated
 * columns: INSEE code, name, département, postal codes (comma-separated), population,
 * EPCI SIREN, EPCI name; the last three may be empty. To keep the file small, the EPCI
 * name is written only on the first row of each EPCI: rows must be read in order.
 *
 * <p>Rows are parsed straight from the UTF-8 bytes, without regular expressions or
 * intermediate strings: this runs 35,000 times while the JVM is still cold.
 */
final class CommuneTsv {

  static final String RESOURCE = "guichet/communes.tsv";
  static final int COLUMNS = 7;

  private CommuneTsv() {
  }

  /**
   * What rows share while one file is read in order: the EPCI names met so far, and one
   * String instance per postal code and département (35,000 rows, 6,300 postal codes).
   */
  static final class Context {
    final Map<String, String> epciNames = new HashMap<>(2_048);
    private final String[] postalCodes = new String[100_000];
    private final String[] departements = new String[1_000];
    private final int[] fieldStarts = new int[COLUMNS + 1];
    /** Where the line after the one just parsed starts. */
    int next;
  }

  /** Whether the bytes from {@code from} (inclusive) to {@code to} are a comment or an empty line. */
  static boolean isComment(byte[] b, int from, int to) {
    return from >= to || b[from] == '#';
  }

  static boolean isComment(String line) {
    return line.isEmpty() || line.charAt(0) == '#';
  }

  /** Parses one data row given as text; see {@link #parse(byte[], int, int, int, Context)}. */
  static Commune parse(String line, int lineNumber, Context context) {
    byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
    return parse(bytes, 0, bytes.length, lineNumber, context);
  }

  /**
   * Parses the data row starting at {@code from} and ending at the next line break or at
   * {@code limit}; {@code context.next} is then where the next line starts. Field formats
   * are checked strictly so that a damaged resource fails loudly at load time rather
   * than resolving wrongly.
   *
   * @param context what earlier rows of the same file left: a row naming an EPCI adds
   *                it there, a row with an EPCI SIREN and no name is completed from it
   * @throws IllegalArgumentException naming the line when the row is malformed
   */
  static Commune parse(byte[] b, int from, int limit, int lineNumber, Context context) {
    int[] start = context.fieldStarts; // start[i]..start[i+1]-1 is field i
    int column = 0;
    start[0] = from;
    int to = from;
    for (; to < limit; to++) {
      byte c = b[to];
      if (c == '\t') {
        if (++column == COLUMNS) {
          throw bad(b, from, lineEnd(b, to, limit), lineNumber, "more than " + COLUMNS + " columns");
        }
        start[column] = to + 1;
      } else if (c == '\n') {
        break;
      }
    }
    context.next = to + 1;
    if (to > from && b[to - 1] == '\r') {
      to--;
    }
    if (column != COLUMNS - 1) {
      throw bad(b, from, to, lineNumber, "expected " + COLUMNS + " columns, found " + (column + 1));
    }
    start[COLUMNS] = to + 1;

    int s = start[0];
    int length = start[1] - 1 - s;
    if (!(length == 5 && (isDigits(b, s, s + 2) || isCorsica(b, s)) && isDigits(b, s + 2, s + 5))) {
      throw bad(b, from, to, lineNumber, "bad INSEE code");
    }
    String insee = ascii(b, s, s + 5);

    String name = utf8(b, start[1], start[2] - 1);
    if (name.isBlank()) {
      throw bad(b, from, to, lineNumber, "empty name");
    }

    s = start[2];
    length = start[3] - 1 - s;
    boolean departementOk = length == 2 && (isDigits(b, s, s + 2) || isCorsica(b, s))
        || length == 3 && b[s] == '9' && (b[s + 1] == '7' || b[s + 1] == '8') && isDigits(b, s + 2, s + 3);
    if (!departementOk) {
      throw bad(b, from, to, lineNumber, "bad département");
    }
    // 01..95 -> 1..95, 2A/2B -> 200/201, 971..989 -> themselves
    int departementSlot = b[s + 1] == 'A' ? 200 : b[s + 1] == 'B' ? 201 : number(b, s, s + length);
    String departement = context.departements[departementSlot];
    if (departement == null) {
      departement = ascii(b, s, s + length);
      context.departements[departementSlot] = departement;
    }

    List<String> postalCodes = postalCodes(b, start[3], start[4] - 1, from, to, lineNumber, context);

    s = start[4];
    int end = start[5] - 1;
    if (end - s > 9 || end > s && !isDigits(b, s, end)) {
      throw bad(b, from, to, lineNumber, "bad population");
    }
    int population = number(b, s, end);

    s = start[5];
    end = start[6] - 1;
    if (end > s && !(end - s == 9 && isDigits(b, s, end))) {
      throw bad(b, from, to, lineNumber, "bad EPCI SIREN");
    }
    String siren = end > s ? ascii(b, s, end) : null;
    String epciName = start[7] - 1 > start[6] ? utf8(b, start[6], start[7] - 1) : null;
    if (siren == null && epciName != null) {
      throw bad(b, from, to, lineNumber, "EPCI name without a SIREN");
    }
    if (siren != null) {
      Map<String, String> epciNames = context.epciNames;
      String known = epciNames.get(siren);
      if (epciName == null) {
        if (known == null) {
          throw bad(b, from, to, lineNumber, "EPCI " + siren + " not named on an earlier row");
        }
        epciName = known;
      } else if (known == null) {
        epciNames.put(siren, epciName);
      } else if (known.equals(epciName)) {
        epciName = known; // share one instance
      } else {
        throw bad(b, from, to, lineNumber, "EPCI " + siren + " already named '" + known + "'");
      }
    }
    return new Commune(insee, name, departement, postalCodes, population, siren, epciName);
  }

  private static List<String> postalCodes(byte[] b, int s, int end, int from, int to, int lineNumber,
                      Context context) {
    if (s == end) {
      return List.of();
    }
    if ((end - s + 1) % 6 != 0) {
      throw bad(b, from, to, lineNumber, "bad postal codes");
    }
    String[] codes = new String[(end - s + 1) / 6];
    for (int i = 0; i < codes.length; i++) {
      int at = s + 6 * i;
      if (!isDigits(b, at, at + 5) || at + 5 < end && b[at + 5] != ',') {
        throw bad(b, from, to, lineNumber, "bad postal codes");
      }
      int value = number(b, at, at + 5);
      String code = context.postalCodes[value];
      if (code == null) {
        code = ascii(b, at, at + 5);
        context.postalCodes[value] = code;
      }
      codes[i] = code;
    }
    return codes.length == 1 ? List.of(codes[0]) : List.of(codes);
  }

  /** The end of the line containing {@code at}: its line break, or {@code limit}. */
  static int lineEnd(byte[] b, int at, int limit) {
    while (at < limit && b[at] != '\n') {
      at++;
    }
    return at;
  }

  /** The value of digits already checked. */
  private static int number(byte[] b, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      value = value * 10 + (b[i] - '0');
    }
    return value;
  }

  private static String ascii(byte[] b, int from, int to) {
    return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
  }

  private static String utf8(byte[] b, int from, int to) {
    return new String(b, from, to - from, StandardCharsets.UTF_8);
  }

  private static boolean isCorsica(byte[] b, int at) {
    return b[at] == '2' && (b[at + 1] == 'A' || b[at + 1] == 'B');
  }

  private static boolean isDigits(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] < '0' || b[i] > '9') {
        return false;
      }
    }
    return from < to;
  }

  /** Five digits, or 2A/2B and three digits (upper case). */
  static boolean isInseeCode(String s) {
    return s.length() == 5 && (isDigits(s, 0, 2) || s.charAt(0) == '2' && (s.charAt(1) == 'A' || s.charAt(1) == 'B'))
        && isDigits(s, 2, 5);
  }

  static boolean isDigits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return from < to;
  }

  private static IllegalArgumentException bad(byte[] b, int from, int to, int lineNumber, String problem) {
    return new IllegalArgumentException(RESOURCE + " line " + lineNumber + ": " + problem + ": " + utf8(b, from, to));
  }
}
