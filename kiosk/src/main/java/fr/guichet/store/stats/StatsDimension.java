package fr.guichet.store.stats;

import java.util.Locale;
import java.util.Optional;

/**
 * A dimension statistics can be counted by, with the French name the command line and the CSV
 * header use. Quarter and year are months rolled up by the caller.
 */
public enum StatsDimension {
  MOIS("mois", Table.FACTS, "month"),
  TRIMESTRE("trimestre", Table.FACTS, "month"),
  ANNEE("annee", Table.FACTS, "month"),
  SEMAINE("semaine", Table.FACTS, "week"),
  SITE("site", Table.FACTS, "site"),
  CANAL("canal", Table.FACTS, "channel"),
  VISITE("visite", Table.FACTS, "visit_kind"),
  MOTIF("motif", Table.REASONS, "reason"),
  AGE("age", Table.FACTS, "age_band"),
  FOYER("foyer", Table.FACTS, "household"),
  COMMUNE("commune", Table.FACTS, "commune"),
  EPCI("epci", Table.FACTS, "epci"),
  LOGEMENT("logement", Table.FACTS, "housing"),
  AIDE("aide", Table.RESULTS, "benefit"),
  RESULTAT("resultat", Table.RESULTS, "result"),
  PERCUE("percue", Table.RESULTS, "received"),
  ORIENTATION("orientation", Table.FACTS, "orientation"),
  ISSUE("issue", Table.FACTS, "outcome");

  /** Which table holds the column: the visit itself, its reasons, or its results. */
  public enum Table { FACTS, REASONS, RESULTS }

  private final String frenchName;
  private final Table table;
  private final String column;

  StatsDimension(String frenchName, Table table, String column) {
    this.frenchName = frenchName;
    this.table = table;
    this.column = column;
  }

  public String frenchName() {
    return frenchName;
  }

  public Table table() {
    return table;
  }

  public String column() {
    return column;
  }

  /** True for the dimensions read from the month (mois, trimestre, année). */
  public boolean fromMonth() {
    return this == MOIS || this == TRIMESTRE || this == ANNEE;
  }

  /** Reads a dimension name as typed (case and accents ignored: "année" is ANNEE). */
  public static Optional<StatsDimension> parse(String typed) {
    String folded = java.text.Normalizer.normalize(typed.strip(), java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    for (StatsDimension d : values()) {
      if (d.frenchName.equals(folded)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}
