package fr.guichet.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.eligibility.Conclusion;
import fr.guichet.eligibility.EligibilityStatus;
import fr.guichet.stats.CsvExport;
import fr.guichet.stats.MonthlyReport;
import fr.guichet.stats.NonTakeUpTable;
import fr.guichet.stats.Period;
import fr.guichet.stats.StatsRefusedException;
import fr.guichet.stats.StatsService;
import fr.guichet.stats.StatsTable;
import fr.guichet.stats.Suppression;
import fr.guichet.store.DataDirectory;
import fr.guichet.store.StoreSettings;
import fr.guichet.store.session.ResumeCode;
import fr.guichet.store.sqlite.SqliteStores;
import fr.guichet.store.stats.StatsDimension;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A few hundred generated visits through the real session service into a real SQLite file; the
 * statistics must count exactly what was done, hide small counts, survive erasure, export a CSV
 * a CSV parser reads, and render the monthly PDF (text and charts read back with poppler).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatsEndToEndTest {
  private static final int VISITS = 240;
  @TempDir static Path dir;
  SqliteStores stores;
  StatsVisits visits;
  StatsService stats;

  @BeforeAll
  void runVisits() {
    stores = SqliteStores.open(DataDirectory.of(dir.resolve("data")),
        new fr.guichet.testing.HandClock(Instant.parse("2026-07-01T08:00:00Z")),
        StoreSettings.defaults());
    visits = new StatsVisits(stores);
    visits.run(VISITS, 14L);
    stats = new StatsService(stores, 5);
  }

  @AfterAll
  void close() {
    stores.close();
  }

  private static final Period HALF_YEAR = Period.parse("2026-01", "2026-07");

  @Test
  void counts_byMonthAndSite_areExactlyTheVisitsMade() {
    Map<List<String>, Long> expected = new HashMap<>();
    for (StatsVisits.Seen v : visits.visits) {
      expected.merge(List.of(v.month().toString(), v.site()), 1L, Long::sum);
    }
    Map<List<String>, Long> counted = stores.stats().count(HALF_YEAR.from(), HALF_YEAR.to(),
        List.of(StatsDimension.MOIS, StatsDimension.SITE), false);
    assertThat(counted).isEqualTo(expected);
    assertThat(stores.stats().size()).as("one fact per visit, however often a visit ended")
        .isEqualTo(visits.visits.size()).isEqualTo(VISITS + VISITS / 5);
  }

  @Test
  void counts_byReasonsChannelAndResults_matchWhatTheVisitsShowed() {
    Map<List<String>, Long> reasons = new HashMap<>();
    Map<List<String>, Long> channels = new HashMap<>();
    Map<List<String>, Long> results = new HashMap<>();
    for (StatsVisits.Seen v : visits.visits) {
      v.reasons().forEach(r -> reasons.merge(List.of(r), 1L, Long::sum));
      channels.merge(List.of(v.channel(), v.kind()), 1L, Long::sum);
      v.results().forEach((b, s) -> results.merge(List.of(v.month().toString(), b, s), 1L,
          Long::sum));
    }
    var store = stores.stats();
    assertThat(store.count(HALF_YEAR.from(), HALF_YEAR.to(), List.of(StatsDimension.MOTIF),
        false)).isEqualTo(reasons);
    assertThat(store.count(HALF_YEAR.from(), HALF_YEAR.to(),
        List.of(StatsDimension.CANAL, StatsDimension.VISITE), false)).isEqualTo(channels);
    assertThat(store.count(HALF_YEAR.from(), HALF_YEAR.to(), List.of(StatsDimension.MOIS,
        StatsDimension.AIDE, StatsDimension.RESULTAT), false)).isEqualTo(results);
    assertThat(reasons.keySet()).hasSizeGreaterThan(5);
    assertThat(results.keySet().stream().map(k -> k.get(2))).contains("probable", "non");
  }

  @Test
  void people_countEachSessionOnce_andClosingsGiveTheOutcome() {
    StatsTable people = stats.people(StatsVisits.manager(), HALF_YEAR, List.of());
    assertThat(people.grandTotal().count()).isEqualTo(VISITS);
    Map<List<String>, Long> outcomes = stores.stats().count(HALF_YEAR.from(), HALF_YEAR.to(),
        List.of(StatsDimension.ISSUE), true);
    assertThat(outcomes.get(List.of("droits_ouverts"))).isEqualTo((long) VISITS / 10);
  }

  @Test
  void nonTakeUp_ofRsa_isThePeopleLikelyEligibleWhoSaidTheyDoNotReceiveIt() {
    long people = 0;
    long euros = 0;
    for (String code : visits.codes) {
      for (Conclusion c : visits.latest.get(code)) {
        if (c.id().equals("rsa") && c.status() == EligibilityStatus.LIKELY_ELIGIBLE
            && !visits.receivesRsa.get(code)) {
          people++;
          euros += c.monthlyAmount().map(a -> a.divide(java.math.BigDecimal.TEN, 0,
              java.math.RoundingMode.HALF_UP).longValue() * 10).orElse(0L);
        }
      }
    }
    var rsa = stores.stats().nonTakeUp(HALF_YEAR.from(), HALF_YEAR.to()).stream()
        .filter(l -> l.benefit().equals("rsa")).findFirst().orElseThrow();
    assertThat(people).isGreaterThan(5);
    assertThat(rsa.people()).isEqualTo(people);
    assertThat(rsa.monthlyEuros()).isEqualTo(euros);
    NonTakeUpTable table = stats.nonTakeUp(StatsVisits.manager(), HALF_YEAR);
    assertThat(table.lines()).filteredOn(l -> l.benefit().equals("rsa")).singleElement()
        .satisfies(l -> assertThat(l.euros() % 100).isZero());
  }

  @Test
  void suppressedTable_showsNoCountUnderTheThreshold_andHidesEachSmallOneTwice() {
    StatsTable table = stats.counts(StatsVisits.manager(), Period.parse("2026-03", "2026-03"),
        List.of(StatsDimension.COMMUNE, StatsDimension.AGE));
    assertThat(table.lines()).filteredOn(StatsTable.Line::readable)
        .allSatisfy(l -> assertThat(l.count() == 0 || l.count() >= 5).isTrue());
    List<StatsTable.Line> small = table.lines().stream()
        .filter(l -> l.shown() == Suppression.Shown.SMALL).toList();
    assertThat(small).as("March has communes × ages under 5").isNotEmpty();
    assertThat(small).allSatisfy(l -> assertThat(l.display(5)).isEqualTo("< 5"));
    // Each row with a hidden cell hides at least two of its cells and total.
    Map<String, Long> hiddenPerCommune = new HashMap<>();
    table.lines().stream().filter(l -> !l.readable())
        .forEach(l -> hiddenPerCommune.merge(l.values().get(0), 1L, Long::sum));
    assertThat(hiddenPerCommune.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(2));
  }

  @Test
  void manager_only() {
    assertThatThrownBy(() -> stats.counts(StatsVisits.mediator("ccas-centre"), HALF_YEAR,
        List.of())).isInstanceOf(StatsRefusedException.class)
        .hasMessage("Les statistiques sont réservées au responsable.");
  }

  @Test
  void erasingAPerson_leavesTheStatisticsUnchanged_andNoWayBack() throws Exception {
    String before = CsvExport.of(stats.counts(StatsVisits.manager(), HALF_YEAR,
        List.of(StatsDimension.MOIS, StatsDimension.AIDE, StatsDimension.RESULTAT)));
    String code = visits.codes.get(5);
    var session = stores.sessions().findByCode(ResumeCode.parse(code).orElseThrow())
        .orElseThrow();
    assertThat(links(session.id().toString())).isEqualTo(2);
    assertThat(stores.personal().erase(session.id(), StatsVisits.manager().actor()).found())
        .isTrue();
    String after = CsvExport.of(stats.counts(StatsVisits.manager(), HALF_YEAR,
        List.of(StatsDimension.MOIS, StatsDimension.AIDE, StatsDimension.RESULTAT)));
    assertThat(after).isEqualTo(before);
    assertThat(links(session.id().toString())).isZero();
    assertThat(stores.stats().size()).isEqualTo(visits.visits.size());
    // Nothing in the statistics tables holds a session id or a code.
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:"
        + dir.resolve("data/guichet.db"))) {
      for (String table : List.of("stats_facts", "stats_reasons", "stats_results")) {
        try (ResultSet rs = c.createStatement().executeQuery("SELECT * FROM " + table)) {
          int columns = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            for (int i = 1; i <= columns; i++) {
              String v = String.valueOf(rs.getObject(i));
              assertThat(v).doesNotContain(session.id().toString()).doesNotContain(code);
            }
          }
        }
      }
    }
  }

  private long links(String sessionId) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:"
        + dir.resolve("data/guichet.db"));
        var ps = c.prepareStatement("SELECT COUNT(*) FROM stats_links WHERE session_id = ?")) {
      ps.setString(1, sessionId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  @Test
  void csv_isReadByACsvParser_withHeaderAndSemicolons() throws Exception {
    String csv = CsvExport.of(stats.counts(StatsVisits.manager(), HALF_YEAR,
        List.of(StatsDimension.TRIMESTRE, StatsDimension.SITE)));
    assertThat(csv).startsWith("\uFEFFtrimestre;site;nombre\r\n");
    List<CSVRecord> records = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader()
        .setSkipHeaderRecord(true).get().parse(new StringReader(csv.substring(1))).getRecords();
    assertThat(records).extracting(r -> r.get("trimestre")).contains("2026-T1", "2026-T2",
        "Total");
    CSVRecord grand = records.get(records.size() - 1);
    assertThat(grand.get("site")).isEqualTo("Total");
    assertThat(Long.parseLong(grand.get("nombre"))).isEqualTo(visits.visits.size());
    // July holds only a few second visits: hidden, and so is a partner of each.
    assertThat(records).filteredOn(r -> r.get("trimestre").equals("2026-T3")
        && !r.get("site").equals("Total")).extracting(r -> r.get("nombre")).containsOnly("< 5");
    assertThat(records).filteredOn(r -> r.get("nombre").equals("< 5")).isNotEmpty();
    assertThat(records).filteredOn(r -> r.get("nombre").equals("s")).isNotEmpty();
  }

  @Test
  void monthlyReport_isAPdfWithTheFiguresAndCharts() throws Exception {
    MonthlyReport report = MonthlyReport.of(stats, StatsVisits.manager(), YearMonth.of(2026, 3),
        "ccas-centre", StatsLabels.bundled());
    Path pdf = dir.resolve("rapport-2026-03.pdf");
    Files.write(pdf, report.pdf());
    String text = run("pdftotext", "-layout", pdf.toString(), "-");
    long march = visits.visits.stream().filter(v -> v.month().equals(YearMonth.of(2026, 3)))
        .count();
    assertThat(text).contains("Rapport d'activité — mars 2026", "Passages par semaine",
        "Motifs de la visite", "Résultats par aide", "Non-recours", "Communes de résidence",
        "Revenu de solidarité active (RSA)", "Ornans (25434)", "Faire le point sur mes droits");
    assertThat(text).containsPattern("Passages\\s+" + march + "\\b");
    String images = run("pdfimages", "-list", pdf.toString());
    long charts = images.lines().filter(l -> l.matches("\\s*\\d+\\s+\\d+\\s+image.*")).count();
    assertThat(charts).as(images).isGreaterThanOrEqualTo(5);
    assertThat(images.lines().skip(2).findFirst().orElseThrow()).contains("1530");
  }

  @Test
  void monthlyReport_ofAnEmptyMonth_saysSo() throws Exception {
    MonthlyReport report = MonthlyReport.of(stats, StatsVisits.manager(), YearMonth.of(2025, 2),
        "ccas-centre", StatsLabels.bundled());
    assertThat(report.empty()).isTrue();
    Path pdf = dir.resolve("vide.pdf");
    Files.write(pdf, report.pdf());
    assertThat(run("pdftotext", pdf.toString(), "-"))
        .contains("Aucun passage n'a été enregistré en février 2025");
  }

  static String run(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(),
        java.nio.charset.StandardCharsets.UTF_8);
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return out;
  }
}
