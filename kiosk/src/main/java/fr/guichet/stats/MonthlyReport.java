package fr.guichet.stats;

import fr.guichet.print.report.PdfReportRenderer;
import fr.guichet.print.report.Report;
import fr.guichet.session.Who;
import fr.guichet.store.stats.StatsDimension;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The monthly activity report for the board: visits per week, reasons, results per benefit,
 * non-take-up and communes, each table suppressed and each chart drawn from the suppressed
 * figures only (a hidden count draws no bar). An empty month gives a report that says so.
 */
public final class MonthlyReport {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.FRANCE);

  private final Report report;
  private final boolean empty;

  private MonthlyReport(Report report, boolean empty) {
    this.report = report;
    this.empty = empty;
  }

  public static MonthlyReport of(StatsService stats, Who who, YearMonth month, String site,
      Labels labels) {
    Period period = Period.month(month);
    int k = stats.threshold();
    StatsTable total = stats.counts(who, period, List.of());
    List<Report.Block> blocks = new ArrayList<>();
    String title = "Rapport d'activité — " + period.french();
    String legend = "Statistiques anonymes. Secret statistique : un nombre inférieur à " + k
        + " est écrit « < " + k + " » ; « s » marque un nombre masqué pour qu'on ne puisse pas"
        + " retrouver les petits nombres par différence avec les totaux.";
    if (total.empty()) {
      blocks.add(new Report.Paragraph("Aucun passage n'a été enregistré en " + period.french()
          + " : ce rapport ne contient donc aucun chiffre."));
      return new MonthlyReport(new Report(title, "Site : " + site, "Guichet — " + title,
          blocks), true);
    }
    blocks.add(new Report.Paragraph(legend));
    StatsTable people = stats.people(who, period, List.of());
    StatsTable channels = stats.counts(who, period, List.of(StatsDimension.CANAL));
    StatsTable kinds = stats.counts(who, period, List.of(StatsDimension.VISITE));
    blocks.add(new Report.Heading("En bref"));
    List<List<String>> brief = new ArrayList<>();
    brief.add(List.of("Passages", total.grandTotal().display(k)));
    brief.add(List.of("Personnes reçues (chacune une fois)", people.grandTotal().display(k)));
    for (StatsTable.Line l : kinds.cells()) {
      brief.add(List.of("dont " + labels.of(l.values().get(0)), l.display(k)));
    }
    for (StatsTable.Line l : channels.cells()) {
      brief.add(List.of("Passages " + labels.of(l.values().get(0)), l.display(k)));
    }
    blocks.add(new Report.Table(List.of("", "nombre"), brief));

    StatsTable weeks = stats.counts(who, period, List.of(StatsDimension.SEMAINE));
    blocks.add(new Report.Heading("Passages par semaine"));
    blocks.add(chart("Passages par semaine", weeks.cells(),
        w -> "sem. du " + LocalDate.parse(w).format(DAY), k, false));

    StatsTable reasons = stats.counts(who, period, List.of(StatsDimension.MOTIF));
    blocks.add(new Report.Heading("Motifs de la visite"));
    if (reasons.cells().isEmpty()) {
      blocks.add(new Report.Paragraph("Le questionnaire utilisé ne demande pas le motif."));
    } else {
      blocks.add(chart("Motifs (une personne peut en donner plusieurs)", reasons.cells(),
          labels::of, k, true));
      blocks.add(table("motif", reasons, labels::of));
    }

    blocks.add(new Report.Heading("Résultats par aide"));
    StatsTable results = stats.counts(who, period,
        List.of(StatsDimension.AIDE, StatsDimension.RESULTAT));
    blocks.add(resultsChart(results, labels, k));
    blocks.add(resultsTable(results, labels, k));

    blocks.add(new Report.Heading("Non-recours"));
    NonTakeUpTable nonTakeUp = stats.nonTakeUp(who, period);
    blocks.add(new Report.Paragraph("Personnes pour qui l'aide est probable et qui ont dit ne pas"
        + " la percevoir, avec le montant mensuel estimé qu'elles ne perçoivent pas (total arrondi"
        + " à 100 €). Seules les aides dont le questionnaire demande si on les perçoit déjà sont"
        + " comptées."));
    if (nonTakeUp.lines().isEmpty()) {
      blocks.add(new Report.Paragraph("Aucun non-recours repéré ce mois-ci."));
    } else {
      List<List<String>> rows = new ArrayList<>();
      for (NonTakeUpTable.Line l : nonTakeUp.lines()) {
        rows.add(List.of(labels.of(l.benefit()), l.peopleShown(k),
            l.hidden() ? "s" : euros(l.euros())));
      }
      blocks.add(new Report.BarChart("Non-recours : personnes par aide", "personnes",
          nonTakeUp.lines().stream().map(l -> labels.of(l.benefit())
              + (l.hidden() ? " (< " + k + ")" : "")).toList(), List.of("personnes"),
          List.of(nonTakeUp.lines().stream().map(l -> l.hidden() ? null : l.people()).toList()),
          true, false, ""));
      blocks.add(new Report.Table(List.of("aide", "personnes", "montant mensuel estimé"), rows));
    }

    blocks.add(new Report.Heading("Communes de résidence"));
    StatsTable communes = stats.counts(who, period, List.of(StatsDimension.COMMUNE));
    blocks.add(chart("Passages par commune", communes.cells(), labels::commune, k, true));
    blocks.add(table("commune", communes, labels::commune));

    blocks.add(new Report.Heading("Orientation et suite donnée"));
    blocks.add(table("orienté d'abord vers", stats.counts(who, period,
        List.of(StatsDimension.ORIENTATION)), labels::of));
    blocks.add(table("issue du suivi", stats.counts(who, period,
        List.of(StatsDimension.ISSUE)), labels::of));
    return new MonthlyReport(new Report(title, "Site : " + site, "Guichet — " + title, blocks),
        false);
  }

  public byte[] pdf() {
    return new PdfReportRenderer().render(report);
  }

  public Report report() {
    return report;
  }

  /** True when no visit falls in the month. */
  public boolean empty() {
    return empty;
  }

  private static Report.BarChart chart(String title, List<StatsTable.Line> cells,
      Function<String, String> label, int k, boolean horizontal) {
    List<String> categories = new ArrayList<>();
    List<Long> values = new ArrayList<>();
    for (StatsTable.Line l : cells) {
      categories.add(label.apply(l.values().get(0)) + (l.readable() ? "" : " (" + l.display(k)
          + ")"));
      values.add(l.readable() ? l.count() : null);
    }
    boolean hidden = values.stream().anyMatch(v -> v == null);
    return new Report.BarChart(title, "passages", categories, List.of("passages"),
        List.of(values), horizontal, false,
        hidden ? "Sans barre : nombre masqué par le secret statistique." : "");
  }

  private static Report.Table table(String what, StatsTable t, Function<String, String> label) {
    List<List<String>> rows = new ArrayList<>();
    for (StatsTable.Line l : t.lines()) {
      String v = l.values().get(0);
      rows.add(List.of(l.total() ? "Total" : label.apply(v), l.display(t.threshold())));
    }
    return new Report.Table(List.of(what, "passages"), rows);
  }

  private static final List<String> RESULT_ORDER = List.of("probable", "incertain", "non");

  private static Report.BarChart resultsChart(StatsTable t, Labels labels, int k) {
    List<String> benefits = benefits(t);
    List<List<Long>> values = new ArrayList<>();
    for (String result : RESULT_ORDER) {
      List<Long> series = new ArrayList<>();
      for (String b : benefits) {
        series.add(cell(t, b, result).filter(StatsTable.Line::readable)
            .map(StatsTable.Line::count).orElse(cell(t, b, result).isPresent() ? null : 0L));
      }
      values.add(series);
    }
    return new Report.BarChart("Résultats par aide", "passages",
        benefits.stream().map(labels::of).toList(),
        RESULT_ORDER.stream().map(labels::of).toList(), values, true, true,
        "Un nombre masqué par le secret statistique ne dessine pas de barre.");
  }

  private static Report.Table resultsTable(StatsTable t, Labels labels, int k) {
    List<List<String>> rows = new ArrayList<>();
    for (String b : benefits(t)) {
      List<String> row = new ArrayList<>();
      row.add(labels.of(b));
      for (String result : RESULT_ORDER) {
        row.add(cell(t, b, result).map(l -> l.display(k)).orElse("0"));
      }
      rows.add(row);
    }
    return new Report.Table(List.of("aide", "probable", "à vérifier", "non"), rows);
  }

  private static List<String> benefits(StatsTable t) {
    return t.cells().stream().map(l -> l.values().get(0)).distinct()
        .sorted(Comparator.naturalOrder()).toList();
  }

  private static java.util.Optional<StatsTable.Line> cell(StatsTable t, String benefit,
      String result) {
    return t.lines().stream().filter(l -> l.values().equals(List.of(benefit, result)))
        .findFirst();
  }

  static String euros(long amount) {
    return String.format(Locale.FRANCE, "%,d €", amount).replace('\u202f', ' ')
        .replace('\u00a0', ' ');
  }
}
