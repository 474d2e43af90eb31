package fr.guichet.app;

import static fr.guichet.app.AccountsCommandTest.CHEF_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.summary.Personas;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code guichet stats} and {@code stats report} as a manager types them, on a real store. */
class StatsCommandTest {
  private static final String PW = "mot de passe de test assez long";
  private static final String NOW = YearMonth.now().toString();
  @TempDir Path dir;
  Cli cli;

  @BeforeEach
  void accountsAndVisits() throws Exception {
    cli = new Cli(dir.resolve("data"));
    Cli.Result chef = cli.run(List.of(CHEF_PASSWORD), "accounts", "create", "--user", "chef");
    assertThat(chef.exit()).as(chef.err()).isZero();
    Cli.Result created = cli.run(List.of(CHEF_PASSWORD, PW), "accounts", "create", "--user",
        "m.durand", "--role", "mediateur", "--as", "chef");
    assertThat(created.exit()).as(created.err()).isZero();
    for (String persona : List.of(Personas.TENANT, Personas.HOMELESS, Personas.SENIOR)) {
      Path answers = dir.resolve("a.yaml");
      Files.writeString(answers, persona);
      Cli.Result r = cli.run(List.of(), "replay", "--answers", answers.toString(), "--save");
      assertThat(r.exit()).as(r.err()).isZero();
    }
  }

  @Test
  void stats_byMonth_asCsv_forTheManager_isAudited() throws Exception {
    Path csv = dir.resolve("stats.csv");
    Cli.Result r = cli.run(List.of(CHEF_PASSWORD), "stats", "--from", NOW, "--by", "mois,canal",
        "--csv", csv.toString(), "--as", "chef");
    assertThat(r.exit()).as(r.err()).isZero();
    String text = Files.readString(csv, StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFFmois;canal;nombre\r\n")
        .contains(NOW + ";commande;< 5").contains("Total;Total;< 5");
    Cli.Result audit = cli.run(List.of(CHEF_PASSWORD), "audit", "--verify");
    assertThat(audit.exit()).as(audit.err()).isZero();
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:"
        + dir.resolve("data/guichet.db"));
        var rs = c.createStatement().executeQuery(
            "SELECT actor, detail FROM audit_log WHERE action = 'STATS_EXPORTED'")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("chef");
      assertThat(rs.getString(2)).isEqualTo("csv");
    }
  }

  @Test
  void stats_withSmallerThreshold_showsTheCounts() {
    Cli.Result r = cli.run(List.of(CHEF_PASSWORD), "stats", "--from", NOW, "--seuil", "3",
        "--as", "chef");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("nombre").contains("3");
  }

  @Test
  void stats_forAMediator_isRefused() {
    Cli.Result r = cli.run(List.of(PW), "stats", "--from", NOW, "--as", "m.durand");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("réservée à un compte responsable");
  }

  @Test
  void badInput_namesWhatIsWrong_exit2() {
    assertUsage(cli.run(List.of(CHEF_PASSWORD), "stats", "--from", "2026-13", "--as", "chef"),
        "Mois invalide pour --from : « 2026-13 »");
    assertUsage(cli.run(List.of(CHEF_PASSWORD), "stats", "--from", "2026-05", "--to", "2026-02",
        "--as", "chef"), "La période est à l'envers : 2026-05 (--from) est après 2026-02");
    assertUsage(cli.run(List.of(CHEF_PASSWORD), "stats", "--from", "2026-05", "--by",
        "mois,couleur", "--as", "chef"), "Dimension inconnue : « couleur »");
    assertUsage(cli.run(List.of(CHEF_PASSWORD), "stats", "--from", "2026-05", "--seuil", "2",
        "--as", "chef"), "ne peut pas être inférieur à 3");
    assertUsage(cli.run(List.of(CHEF_PASSWORD), "stats", "report", "--month", "mai",
        "--pdf", "x.pdf", "--as", "chef"), "Mois invalide pour --month : « mai »");
  }

  private static void assertUsage(Cli.Result r, String message) {
    assertThat(r.exit()).as(r.err()).isEqualTo(2);
    assertThat(r.err()).contains(message);
  }

  @Test
  void emptyPeriod_isAReportThatSaysSo_notAnError() throws Exception {
    Path pdf = dir.resolve("vide.pdf");
    Cli.Result r = cli.run(List.of(CHEF_PASSWORD), "stats", "report", "--month", "2019-04",
        "--pdf", pdf.toString(), "--as", "chef");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).contains("aucun passage ce mois-là");
    assertThat(StatsEndToEndTest.run("pdftotext", pdf.toString(), "-"))
        .contains("Aucun passage n'a été enregistré en avril 2019");
    Cli.Result csv = cli.run(List.of(CHEF_PASSWORD), "stats", "--from", "2019-04", "--as", "chef");
    assertThat(csv.exit()).isZero();
    assertThat(csv.err()).contains("Aucun passage enregistré en avril 2019.");
  }

  @Test
  void help_isInFrench() {
    Cli.Result r = Cli.runRaw(List.of(), "stats", "--help");
    assertThat(r.out()).contains("Statistiques anonymes", "--from=AAAA-MM", "--seuil=N",
        "Dimensions : mois, trimestre");
  }
}
