package fr.guichet.app;

import static fr.guichet.app.AccountsCommandTest.CHEF_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.guichet.summary.Personas;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The second visit on the command line, on a real SQLite file: documents ticked and kept across a
 * re-check, what changed, notes by role, identity and search, caseload; refusals change nothing.
 */
class FollowUpCommandsTest {
  private static final String PW = "mot de passe de test assez long";
  private static final String NOTE = "Madame attend la réponse de la CAF pour sa fille.";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  Cli cli;

  @BeforeEach
  void accounts() {
    cli = new Cli(dir.resolve("data"));
    assertThat(cli.run(List.of(CHEF_PASSWORD), "accounts", "create", "--user", "chef").exit())
        .isZero();
    create("a.martin", "travailleur social");
    create("m.durand", "mediateur");
    create("l.bernard", "accueil");
  }

  private void create(String user, String role) {
    Cli.Result r = cli.run(List.of(CHEF_PASSWORD, PW), "accounts", "create", "--user", user,
        "--role", role, "--as", "chef");
    assertThat(r.exit()).as(r.err()).isZero();
  }

  private String firstVisit() throws Exception {
    Path answers = dir.resolve("visite1.yaml");
    Files.writeString(answers, Personas.TENANT);
    Cli.Result r = cli.run(List.of(), "replay", "--answers", answers.toString(), "--save");
    assertThat(r.exit()).as(r.err()).isZero();
    return JSON.readTree(r.out()).get("resume_code").asText();
  }

  private JsonNode as(String user, String... args) throws Exception {
    Cli.Result r = cli.run(List.of(PW), withAs(user, args));
    assertThat(r.exit()).as(r.err()).isZero();
    return JSON.readTree(r.out());
  }

  private static String[] withAs(String user, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--as");
    all.add(user);
    return all.toArray(String[]::new);
  }

  @Test
  void secondVisit_ticksDocuments_changesIncome_andSaysWhatChanged() throws Exception {
    String code = firstVisit();
    JsonNode docs = as("a.martin", "documents", code);
    assertThat(docs.size()).isGreaterThan(2);
    assertThat(docs).allSatisfy(d -> assertThat(d.get("status").asText()).isEqualTo("a_fournir"));
    String first = docs.get(0).get("id").asText();
    String second = docs.get(1).get("id").asText();
    as("a.martin", "documents", code, "--received", first);
    JsonNode ticked = as("a.martin", "documents", code, "--received", second);
    assertThat(ticked).filteredOn(d -> d.get("status").asText().equals("recu"))
        .extracting(d -> d.get("id").asText()).containsExactlyInAnyOrder(first, second);
    assertThat(ticked.get(0).get("received_on").asText()).matches("\\d{4}-\\d{2}-\\d{2}");

    Path changed = dir.resolve("visite2.yaml");
    Files.writeString(changed, Personas.TENANT.replace("salaire_m1: 1 234,56", "salaire_m1: 634,56")
        .replace("loyer: 512,34", "loyer: 612,34"));
    Cli.Result again = cli.run(List.of(), "replay", "--resume", code, "--answers",
        changed.toString());
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(JSON.readTree(again.out()).get("resume_code").asText()).isEqualTo(code);

    JsonNode changes = as("a.martin", "changes", code);
    assertThat(changes.get("visit").asInt()).isEqualTo(2);
    assertThat(changes.get("answers")).extracting(a -> a.get("question").asText() + ":"
        + a.get("before").asText() + "→" + a.get("after").asText())
        .containsExactlyInAnyOrder("loyer:512,34 €→612,34 €",
            "demandeur.salaire_m1:1\u00A0234,56 €→634,56 €");
    assertThat(changes.get("results")).isNotEmpty().allSatisfy(r ->
        assertThat(r.get("before").asText()).isNotEqualTo(r.get("after").asText()));

    JsonNode afterRecheck = as("a.martin", "documents", code);
    assertThat(afterRecheck).filteredOn(d -> d.get("status").asText().equals("recu"))
        .extracting(d -> d.get("id").asText()).contains(first, second);
  }

  @Test
  void notes_socialForTheWorker_accueilForAll_andNeverInClearOnDisk() throws Exception {
    String code = firstVisit();
    Path note = dir.resolve("note.txt");
    Files.writeString(note, NOTE);
    as("a.martin", "notes", code, "--add", "--from", note.toString());
    Path accueil = dir.resolve("accueil.txt");
    Files.writeString(accueil, "Revient jeudi avec son avis d'imposition.");
    JsonNode mediator = as("m.durand", "notes", code, "--add", "--from", accueil.toString());
    assertThat(mediator).extracting(n -> n.get("kind").asText()).containsExactly("accueil");
    JsonNode worker = as("a.martin", "notes", code);
    assertThat(worker).extracting(n -> n.get("text").asText())
        .containsExactly(NOTE, "Revient jeudi avec son avis d'imposition.");

    as("a.martin", "identity", code, "--nom", "Lefèvre-Martin", "--prenom", "Zoé");
    JsonNode found = as("m.durand", "search", "--nom", "LEFEVRE MARTIN", "--naissance",
        "17/09/1983");
    assertThat(found).extracting(n -> n.get("code").asText()).containsExactly(code);
    assertThat(as("m.durand", "search", "--nom", "Lefevre Martin", "--naissance", "18/09/1983"))
        .isEmpty();

    for (Path file : dataFiles()) {
      String raw = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
      byte[] bytes = Files.readAllBytes(file);
      String utf8 = new String(bytes, StandardCharsets.UTF_8);
      assertThat(utf8).as(file.toString()).doesNotContain("attend la réponse", "Lefèvre",
          "Revient jeudi", "Zoé");
      assertThat(raw).as(file.toString()).doesNotContain("LEFEVRE", "Lef");
    }
  }

  @Test
  void refusals_sayWhyInFrench_withTheirExitCode_andChangeNothing() throws Exception {
    String code = firstVisit();
    Cli.Result accueilSearch = cli.run(List.of(PW), withAs("l.bernard", "search", "--nom", "X",
        "--naissance", "17/09/1983"));
    assertThat(accueilSearch.exit()).isEqualTo(1);
    assertThat(accueilSearch.err()).contains("Votre rôle ne permet pas de rechercher")
        .doesNotContain("Aucun");
    Cli.Result badDate = cli.run(List.of(PW), withAs("m.durand", "search", "--nom", "X",
        "--naissance", "31/02/1983"));
    assertThat(badDate.exit()).isEqualTo(2);
    assertThat(badDate.err()).contains("Date de naissance invalide", "31/02/1983");
    Cli.Result unknownDoc = cli.run(List.of(PW), withAs("a.martin", "documents", code,
        "--received", "carte_de_bibliotheque"));
    assertThat(unknownDoc.exit()).isEqualTo(1);
    assertThat(unknownDoc.err()).contains("ne demande pas de pièce « carte_de_bibliotheque »");
    Cli.Result unknownCode = cli.run(List.of(PW), withAs("a.martin", "documents",
        fr.guichet.store.session.ResumeCode.generate(new java.security.SecureRandom()).toString()));
    assertThat(unknownCode.err()).contains("Aucun dossier ne correspond à ce code.");
    Cli.Result accueilNote = cli.run(List.of(PW), withAs("l.bernard", "changes", code));
    assertThat(accueilNote.exit()).isEqualTo(1);
    assertThat(as("a.martin", "documents", code))
        .allSatisfy(d -> assertThat(d.get("status").asText()).isEqualTo("a_fournir"));
  }

  @Test
  void caseload_listsTheWorkersSessions_withMissingDocuments() throws Exception {
    String code = firstVisit();
    Cli.Result assign = cli.run(List.of(PW), withAs("a.martin", "assign", code));
    assertThat(assign.exit()).as(assign.err()).isZero();
    JsonNode caseload = as("a.martin", "caseload");
    assertThat(caseload).hasSize(1);
    assertThat(caseload.get(0).get("code").asText()).isEqualTo(code);
    assertThat(caseload.get(0).get("state").asText()).isEqualTo("en attente de pièces");
    assertThat(caseload.get(0).get("missing_documents").asInt()).isPositive();
    assertThat(as("m.durand", "caseload")).isEmpty();
    Cli.Result close = cli.run(List.of(PW), withAs("a.martin", "assign", code, "--clore",
        "droits_ouverts"));
    assertThat(close.exit()).as(close.err()).isZero();
    assertThat(as("a.martin", "caseload").get(0).get("state").asText()).isEqualTo("clos");
  }

  private List<Path> dataFiles() throws Exception {
    try (Stream<Path> files = Files.walk(dir.resolve("data"))) {
      return files.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().startsWith("guichet.db")).toList();
    }
  }
}
