package fr.guichet.commune;

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
 */
final class CommuneTsv {

    static final String RESOURCE = "guichet/communes.tsv";
    static final int COLUMNS = 7;

    private CommuneTsv() {
    }

    /** Five digits, or 2A/2B and three digits (upper case). Regex-free: it runs 35,000 times at start-up. */
    static boolean isInseeCode(String s) {
        return s.length() == 5 && (isDigits(s, 0, 2) || isCorsica(s)) && isDigits(s, 2, 5);
    }

    /** 01..95 (two characters, 2A/2B for Corsica) or 97x/98x overseas. */
    static boolean isDepartement(String s) {
        return s.length() == 2 && (isDigits(s, 0, 2) || isCorsica(s))
                || s.length() == 3 && s.charAt(0) == '9' && (s.charAt(1) == '7' || s.charAt(1) == '8') && isDigits(s, 2, 3);
    }

    private static boolean isCorsica(String s) {
        return s.charAt(0) == '2' && (s.charAt(1) == 'A' || s.charAt(1) == 'B');
    }

    static boolean isDigits(String s, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigits(String s, int length) {
        return s.length() == length && isDigits(s, 0, length);
    }

    static boolean isComment(String line) {
        return line.isEmpty() || line.charAt(0) == '#';
    }

    /**
     * Parses one data row. Field formats are checked strictly so that a damaged
     * resource fails loudly at load time rather than resolving wrongly.
     *
     * @param epciNames EPCI names by SIREN met on earlier rows; a row naming an EPCI
     *                  adds to it, a row with a SIREN and no name is completed from it
     * @throws IllegalArgumentException naming the line when the row is malformed
     */
    static Commune parse(String line, int lineNumber, Map<String, String> epciNames) {
        String[] f = new String[COLUMNS];
        int start = 0;
        for (int i = 0; i < COLUMNS - 1; i++) {
            int tab = line.indexOf('\t', start);
            if (tab < 0) {
                throw bad(lineNumber, "expected " + COLUMNS + " columns, found " + (i + 1), line);
            }
            f[i] = line.substring(start, tab);
            start = tab + 1;
        }
        f[COLUMNS - 1] = line.substring(start);
        if (f[COLUMNS - 1].indexOf('\t') >= 0) {
            throw bad(lineNumber, "more than " + COLUMNS + " columns", line);
        }

        String insee = f[0];
        if (!isInseeCode(insee)) {
            throw bad(lineNumber, "bad INSEE code", line);
        }
        if (f[1].isBlank()) {
            throw bad(lineNumber, "empty name", line);
        }
        if (!isDepartement(f[2])) {
            throw bad(lineNumber, "bad département", line);
        }
        List<String> postalCodes = f[3].isEmpty() ? List.of()
                : f[3].indexOf(',') < 0 ? List.of(f[3]) : List.of(f[3].split(",", -1));
        for (String postalCode : postalCodes) {
            if (!isDigits(postalCode, 5)) {
                throw bad(lineNumber, "bad postal code '" + postalCode + "'", line);
            }
        }
        int population;
        try {
            population = f[4].isEmpty() ? 0 : Integer.parseInt(f[4], 10);
        } catch (NumberFormatException e) {
            throw bad(lineNumber, "bad population", line);
        }
        String siren = f[5].isEmpty() ? null : f[5];
        String epciName = f[6].isEmpty() ? null : f[6];
        if (siren != null && !isDigits(siren, 9)) {
            throw bad(lineNumber, "bad EPCI SIREN", line);
        }
        if (siren == null && epciName != null) {
            throw bad(lineNumber, "EPCI name without a SIREN", line);
        }
        if (siren != null) {
            String known = epciNames.get(siren);
            if (epciName == null) {
                if (known == null) {
                    throw bad(lineNumber, "EPCI " + siren + " not named on an earlier row", line);
                }
                epciName = known;
            } else if (known == null) {
                epciNames.put(siren, epciName);
            } else if (known.equals(epciName)) {
                epciName = known;
            } else {
                throw bad(lineNumber, "EPCI " + siren + " already named '" + known + "'", line);
            }
        }
        try {
            return new Commune(insee, f[1], f[2], postalCodes, population, siren, epciName);
        } catch (IllegalArgumentException e) {
            throw bad(lineNumber, e.getMessage(), line);
        }
    }

    private static IllegalArgumentException bad(int lineNumber, String problem, String line) {
        return new IllegalArgumentException(RESOURCE + " line " + lineNumber + ": " + problem + ": " + line);
    }
}
