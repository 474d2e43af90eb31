package fr.guichet.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.guichet.privacy.RawFiles;
import fr.guichet.summary.Personas;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The social worker's second visit with the real jar in a real terminal: a first visit saved from
 * the command line, then at the desk the visit screen, two documents ticked, the rent changed,
 * "what changed" read, a note written; the command line then sees the same, and neither the note
 * nor the person's name is anywhere in the database files.
 */
class FollowUpEndToEndIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CHEF_PASSWORD = "correct-horse-battery";
  private static final String PASSWORD = "mot de passe de test assez long";
  private static final String NOTE = "Madame attend la réponse de la CAF pour sa fille.";

  @TempDir Path work;
  private final Tmux tmux = new Tmux();

  @AfterEach
  void tearDown() {
    tmux.close();
  }

  @Test
  void socialWorker_secondVisit_ticksDocuments_changesRent_readsWhatChanged_writesANote()
      throws Exception {
    Path data = work.resolve("data");
    cli(data, CHEF_PASSWORD + "\n", "accounts", "create", "--user", "chef");
    cli(data, CHEF_PASSWORD + "\n" + PASSWORD + "\n", "accounts", "create", "--user", "a.martin",
        "--role", "travailleur social", "--as", "chef");
    Path answers = work.resolve("visite1.yaml");
    Files.writeString(answers, Personas.TENANT);
    String code = JSON.readTree(cli(data, "", "replay", "--answers", answers.toString(), "--save"))
        .get("resume_code").asText();
    cli(data, PASSWORD + "\n", "identity", code, "--as", "a.martin", "--nom", "Lefèvre-Martin",
        "--prenom", "Zoé");

    tmux.start("suivi", 100, 40, java() + " -jar " + jar() + " resume " + code + " --data " + data
        + " --poste bureau-ts");
    tmux.waitFor("Connexion de l'agent");
    tmux.type("a.martin");
    tmux.keys("Enter");
    tmux.type(PASSWORD);
    tmux.keys("Enter");
    tmux.waitFor("Dossier " + code + " — visite n° 2");
    tmux.waitFor("Rien n'a changé depuis la visite précédente.");
    tmux.waitFor("Résultats calculés avec les règles en vigueur le");
    String missingBefore = tmux.waitFor(java.util.regex.Pattern.compile(
        "(\\d+) pièce\\(s\\) sur (\\d+) encore à apporter")).group();

    tmux.keys("2");
    tmux.waitFor("Pièces à apporter");
    tmux.keys("1");
    tmux.waitFor("1. [x]");
    tmux.keys("2");
    tmux.waitFor("2. [x]");
    tmux.waitFor("3. [ ]");
    tmux.waitFor("reçu le");
    tmux.keys("Escape");
    tmux.waitFor("visite n° 2");

    tmux.keys("1");
    tmux.waitFor("Relecture de vos réponses");
    tmux.waitFor("→ Voir le résumé de la situation");
    List<String> lines = tmux.screen().lines().toList();
    int first = indexOf(lines, "Pourquoi venez-vous aujourd'hui ?");
    int rent = indexOf(lines, "Combien payez-vous de loyer par mois");
    for (int i = first; i < rent; i++) {
      tmux.keys("Down");
    }
    tmux.keys("Enter");
    tmux.waitFor("512,34");
    for (int i = 0; i < 12; i++) {
      tmux.keys("BSpace");
    }
    tmux.type("640");
    tmux.keys("Enter");
    tmux.waitFor("Relecture de vos réponses");
    tmux.waitFor("loyer par mois, sans les charges ? : 640");
    tmux.keys("End", "Enter");
    tmux.waitFor("Votre situation");

    tmux.keys("6");
    tmux.waitFor("Ce qui a changé depuis la visite précédente");
    tmux.waitFor(java.util.regex.Pattern.compile(
        "Combien payez-vous de loyer par mois, sans les charges \\? : 512,34\\s€ → 640\\s€"));
    tmux.waitFor("par a.martin le");
    tmux.keys("Escape");
    tmux.waitFor("Votre situation");

    tmux.keys("7");
    tmux.waitFor("Nouvelle note de suivi social");
    tmux.type(NOTE);
    tmux.keys("F10");
    tmux.waitFor("Note enregistrée.");
    tmux.waitFor("a.martin (suivi social)");
    tmux.waitFor(NOTE);
    tmux.keys("Escape");
    tmux.waitFor("Votre situation");
    tmux.keys("F12");
    assertThat(tmux.waitForExit()).isZero();

    JsonNode documents = JSON.readTree(cli(data, PASSWORD + "\n", "documents", code, "--as",
        "a.martin"));
    assertThat(documents).filteredOn(d -> d.get("status").asText().equals("recu")).hasSize(2);
    JsonNode changes = JSON.readTree(cli(data, PASSWORD + "\n", "changes", code, "--as",
        "a.martin"));
    assertThat(changes.get("visit").asInt()).isEqualTo(2);
    assertThat(changes.get("answers")).extracting(a -> a.get("question").asText())
        .containsExactly("loyer");
    JsonNode notes = JSON.readTree(cli(data, PASSWORD + "\n", "notes", code, "--as", "a.martin"));
    assertThat(notes).extracting(n -> n.get("text").asText()).containsExactly(NOTE);
    JsonNode found = JSON.readTree(cli(data, PASSWORD + "\n", "search", "--as", "a.martin",
        "--nom", "LEFEVRE MARTIN", "--naissance", "17/09/1983"));
    assertThat(found).extracting(f -> f.get("code").asText()).containsExactly(code);
    assertThat(missingBefore).isNotEmpty();

    List<byte[]> needles = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (String secret : List.of(NOTE, "CAF pour sa fille", "Lefèvre", "LEFEVRE", "Zoé")) {
      for (byte[] encoded : RawFiles.encodings(secret)) {
        needles.add(encoded);
        names.add(secret);
      }
    }
    assertThat(RawFiles.find(data, needles, names)).isEmpty();
    assertThat(Files.readString(data.resolve("guichet.log"))).doesNotContain("Madame", "Lefèvre",
        "Zoé");
  }

  private static int indexOf(List<String> lines, String text) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i;
      }
    }
    throw new AssertionError("«" + text + "» not on screen:\n" + String.join("\n", lines));
  }

  /** Runs a guichet command with {@code input} on its standard input; returns its output. */
  private static String cli(Path data, String input, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(java(), "-jar", jar().toString()));
    command.addAll(List.of(args));
    command.addAll(List.of("--data", data.toString()));
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(String.join(" ", args) + "\n" + out).isZero();
    return out;
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static Path jar() {
    Path jar = Path.of("target", "guichet.jar").toAbsolutePath();
    assertThat(jar).as("the shaded jar (built by mvn package)").exists();
    return jar;
  }
}
