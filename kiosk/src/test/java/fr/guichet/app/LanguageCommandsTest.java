package fr.guichet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LanguageCommandsTest {

  @TempDir Path dir;

  private static final String ANSWERS = """
      motif: droits
      besoins_urgents: aucun
      commune: 25000
      en_couple: non
      nb_enfants: 0
      nb_autres: 0
      foyer:
        - role: demandeur
          date_naissance: 14/03/1985
          nationalite: autre
          titre_sejour_annees: 3
          activite: chomeur
          types_ressources: aucune
          handicap: non
      grossesse: non
      logement: locataire_prive
      loyer: 500
      aide_logement: non
      impayes_loyer: non
      prestations_foyer: aucune
      revenu_fiscal_reference: "?"
      """;

  /** The text of a PDF as poppler's pdftotext reads it (what a screen reader or a search finds). */
  private static String pdftotext(Path pdf) throws Exception {
    Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").redirectErrorStream(true).start();
    String text = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as("pdftotext " + text).isZero();
    return text;
  }

  @Test
  void replayLangUkPdf_printsTheSummaryInUkrainianThenInFrench() throws Exception {
    Path answers = dir.resolve("reponses.yaml");
    Files.writeString(answers, ANSWERS);
    Path pdf = dir.resolve("uk.pdf");
    Cli.Result result = Cli.runRaw(List.of(), "replay", "--answers", answers.toString(), "--lang", "uk",
        "--pdf", pdf.toString(), "--today", "2026-11-25");
    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(result.out()).contains("\"language\" : \"uk\"");

    String text = pdftotext(pdf);
    assertThat(text).contains("Підсумок вашого опитування", "25 листопада 2026", "Треба подати заяву",
        "Наступні кроки", "Важливо", "сторінка 1");
    assertThat(text.indexOf("Récapitulatif de votre entretien")).as("the French version follows")
        .isGreaterThan(text.indexOf("Підсумок вашого опитування"));
    assertThat(text.substring(text.indexOf("Récapitulatif de votre entretien"))).contains("À demander", "Prochaines étapes")
        .doesNotContain("Треба подати заяву");
  }

  @Test
  void printCommand_forASessionStartedInEnglish_printsEnglishThenFrench() throws Exception {
    Path answers = dir.resolve("reponses.yaml");
    Files.writeString(answers, ANSWERS);
    Path data = dir.resolve("data");
    Cli.Result saved = Cli.runRaw(List.of(), "replay", "--answers", answers.toString(), "--lang", "en", "--save",
        "--data", data.toString());
    assertThat(saved.exit()).as(saved.err()).isZero();
    String code = new com.fasterxml.jackson.databind.ObjectMapper().readTree(saved.out()).get("resume_code").asText();

    Path pdf = dir.resolve("en.pdf");
    Cli.Result printed = Cli.runRaw(List.of(), "print", code, "--format", "receipt", "--out", pdf.toString(),
        "--data", data.toString());
    assertThat(printed.exit()).as(printed.err()).isZero();
    String text = pdftotext(pdf);
    assertThat(text).contains("Summary of your interview", "Your code to continue your file:", code, "Récapitulatif de votre entretien");
  }

  @Test
  void replay_whenLanguageNotOfferedByTheScript_saysWhichAreAndExitsTwo() throws Exception {
    Path answers = dir.resolve("reponses.yaml");
    Files.writeString(answers, "motif: droits\n");
    Cli.Result result = Cli.runRaw(List.of(), "replay", "--answers", answers.toString(), "--lang", "ua");
    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).contains("Langue « ua » non proposée par ce script (fr");
  }
}
