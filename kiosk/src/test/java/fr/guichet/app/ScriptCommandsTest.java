package fr.guichet.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptCommandsTest {

  @TempDir Path dir;

  @Test
  void checkScripts_whenShippedScripts_printsOneLineAndExitsZero() {
    Cli.Result result = Cli.runRaw(List.of(), "check-scripts");
    assertThat(result.exit()).isZero();
    assertThat(result.out()).startsWith("1 script(s) vérifié(s),").contains("accueil-ccas").contains("aucun problème");
    assertThat(result.out().lines()).contains("Textes en « fr » : 0 traduction(s) manquante(s), 0 trop long(s) pour"
        + " l'écran 80×24, 0 traduction(s) sans texte français.");
    assertThat(result.out()).doesNotContain("[fr]");
  }

  @Test
  void checkScripts_whenFiveMistakes_printsFivePositionedMessagesAndExitsOne() throws Exception {
    Files.writeString(dir.resolve("essai.yaml"), """
        id: essai
        version: "1"
        title: Essai
        sections:
          - id: s1
            title: Première
            items:
              - id: age_connu
                type: yes_no
                lable: Connaissez-vous votre âge ?
              - id: situation
                type: single_choice
                label: Situation
                choices: []
              - id: age_connu
                type: integer
                label: Encore
              - id: loyer
                type: money
                label: Loyer
                when: "statut == 'locataire'"
              - id: motif
                type: text
                label: Motif
                when: "age_connu + 1 > 2"
        """);
    Cli.Result result = Cli.runRaw(List.of(), "check-scripts", dir.toString());
    assertThat(result.exit()).isEqualTo(1);
    List<String> lines = result.err().lines().toList();
    assertThat(lines).hasSize(6);
    assertThat(lines.subList(0, 5)).allSatisfy(line -> assertThat(line).matches(".*essai\\.yaml:\\d+:\\d+: .+"));
    assertThat(lines.get(5)).isEqualTo("5 problème(s) dans 1 fichier(s) sur 1 ; ces scripts ne seront pas utilisés.");
    assertThat(result.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void checkScripts_whenFolderMissing_exitsTwo() {
    Cli.Result result = Cli.runRaw(List.of(), "check-scripts", dir.resolve("absent").toString());
    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).startsWith("Dossier introuvable");
  }

  @Test
  void replay_whenAnswersGiven_printsQuestionsAnswersComputedAndResultsAsJson() throws Exception {
    Path answers = dir.resolve("reponses.yaml");
    Files.writeString(answers, """
        motif: droits
        besoins_urgents: aucun
        commune: 25000
        en_couple: non
        nb_enfants: beaucoup
        """);
    Cli.Result result = Cli.runRaw(List.of(), "replay", "--answers", answers.toString(), "--today", "2026-11-25");
    assertThat(result.exit()).isZero();
    JsonNode json = new ObjectMapper().readTree(result.out());
    assertThat(json.get("asked").toString()).isEqualTo("[\"motif\",\"besoins_urgents\",\"commune\",\"en_couple\",\"nb_enfants\"]");
    assertThat(json.get("rejected").get(0).get("question").asText()).isEqualTo("nb_enfants");
    assertThat(json.get("rejected").get(0).get("message").asText()).isEqualTo("Écrivez un nombre entier, en chiffres (par exemple 2).");
    assertThat(json.get("answers").get("commune").asText()).isEqualTo("25056|Besançon");
    assertThat(json.get("finished").asBoolean()).isFalse();
    assertThat(json.get("waiting_at").asText()).isEqualTo("nb_enfants");
    assertThat(json.get("computed").get("taille_foyer").asInt()).isEqualTo(1);
    assertThat(json.get("results").get(0).get("id").asText()).isEqualTo("rsa");
  }

  @Test
  void replay_whenAnswersFileIsBroken_saysWhereAndExitsTwo() throws Exception {
    Path answers = dir.resolve("casse.yaml");
    Files.writeString(answers, "motif: droits\nfoyer: [ {role: demandeur\n");
    Cli.Result result = Cli.runRaw(List.of(), "replay", "--answers", answers.toString());
    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).contains("casse.yaml:").contains("fichier mal formé");
  }

  @Test
  void replay_whenOptionMissingOrUnknownCommand_printsUsageAndExitsTwo() {
    assertThat(Cli.runRaw(List.of(), "replay").exit()).isEqualTo(2);
    Cli.Result unknown = Cli.runRaw(List.of(), "rejouer");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("Unmatched argument");
  }

  @Test
  void testScripts_whenBundledCasesRun_allPassWithTheClosingLine() {
    Cli.Result result = Cli.runRaw(List.of(), "test-scripts");
    assertThat(result.exit()).isZero();
    assertThat(result.out().lines().reduce((a, b) -> b).orElseThrow()).matches("\\d+ passed, 0 failed");
  }

  @Test
  void testScripts_whenACaseExpectsSomethingElse_reportsItAndExitsOne() throws Exception {
    Path cases = dir.resolve("faux.yaml");
    Files.writeString(cases, """
        cases:
          - name: Attente fausse
            today: 2026-11-25
            answers: {motif: droits, besoins_urgents: aucun, commune: Besançon}
            expect:
              finished: false
              asked: [loyer]
        """);
    Cli.Result result = Cli.runRaw(List.of(), "test-scripts", cases.toString());
    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.out()).contains("ÉCHEC").contains("not asked: loyer").endsWith("0 passed, 1 failed\n");
  }
}
