package fr.guichet.torture;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.fuzz.HostileText;
import fr.guichet.tui.Tmux;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real kiosk in tmux with a hand-edited script whose texts hold escape sequences, bidi
 * overrides, zero-width characters, emoji, combining accents and a 100 kB help, then a 100 kB
 * paste and a hostile typed answer: nothing crashes, nothing acts on the terminal (its title stays,
 * the frame stays whole), the help is cut to fit, what is kept is plain text, and the log never
 * holds a raw control character nor the answer.
 */
class HostileTextIT {
  private static final String PIN = "2468";
  private static final String LABEL = "Vivez-vous \u001B[2J\u001B[31men couple\u001B]0;PIRATE\u0007 ? \u202Eesrever\u202C"
      + " \u200Bcafe\u0301 \uD83D\uDE00";

  @TempDir Path work;
  private final Tmux tmux = new Tmux();

  @AfterEach
  void tearDown() {
    tmux.close();
  }

  @Test
  void kiosk_withHostileScriptTextsAndPastes_staysInertAndWhole() throws IOException {
    Path data = work.resolve("data");
    Path script = hostileScript();
    tmux.start("borne", 100, 30, "env GUICHET_OPERATOR_PIN=" + PIN + " " + Jar.java() + " -Xmx64m -jar "
        + Path.of("target", "guichet.jar").toAbsolutePath() + " kiosk --data " + data + " --script " + script
        + " --poste borne-hostile --inactivite 600");
    tmux.waitFor("Bienvenue");
    String title = tmux.title();
    tmux.beginKioskInterview(true);
    tmux.waitFor("Quelle est votre date de naissance ?");
    tmux.type("05/07/1975");
    tmux.keys("Enter");

    tmux.waitFor("Vivez-vous en couple ? esrever café");
    assertThat(tmux.screen()).doesNotContain("PIRATE", "[2J", "[31m", "erreur inattendue");
    tmux.keys("F1");
    tmux.waitFor("Aide : Aide très longue");
    assertThat(tmux.screen()).contains("…", "1. Oui", "2. Non", "F10 : enregistrer");
    assertWhole(title);

    tmux.keys("2");
    tmux.waitFor("Vous êtes…");
    tmux.keys("3");
    tmux.waitFor("De quoi avez-vous besoin ?");
    tmux.keys("1", "Enter");
    tmux.waitFor("Combien d'enfants vivent avec vous ?");
    tmux.type("2");
    tmux.keys("Enter");
    tmux.waitFor("Votre prénom");
    String paste = "\u001B]0;PIRATE\u0007\u202E" + "a".repeat(100_000);
    for (int i = 0; i < paste.length(); i += 2_000) tmux.type(paste.substring(i, Math.min(paste.length(), i + 2_000)));
    tmux.keys("Enter");
    tmux.waitFor("La réponse est trop longue");
    assertWhole(title);

    tmux.keys("Escape");       // back, and forward again: the refused paste is not kept
    tmux.waitFor("Combien d'enfants vivent avec vous ?");
    tmux.keys("Enter");
    tmux.waitFor("Votre prénom");
    assertThat(tmux.screen()).doesNotContain("aaaa");
    tmux.type("Zo\u00e9\u001B[31m\u202E \uD83D\uDE00 e\u0301");
    tmux.keys("Enter");
    tmux.waitFor("Quel est votre salaire mensuel ?");
    tmux.keys("F4");
    tmux.waitFor("Relecture de vos réponses");
    assertWhole(title);
    tmux.keys("F12");
    tmux.waitFor("Code opérateur");
    tmux.type(PIN);
    tmux.keys("Enter");
    assertThat(tmux.waitForExit()).isZero();

    SqliteStoreUnderTest store = new SqliteStoreUnderTest(data);
    String prenom = store.answersByCode().values().iterator().next().get("prenom");
    assertThat(java.text.Normalizer.normalize(prenom, java.text.Normalizer.Form.NFC)).startsWith("Zoé").endsWith("é");
    assertThat(HostileText.hasRawControl(prenom)).as(prenom).isFalse();
    String log = Files.readString(data.resolve("guichet.log"), StandardCharsets.UTF_8);
    assertThat(log).doesNotContain("Zoé", "aaaaaaaaaa", "PIRATE");
    assertThat(HostileText.hasRawControl(log.replace("\n", ""))).isFalse();
  }

  /** The frame is whole, every line exactly the pane's width, and no escape sequence changed the terminal's title. */
  private void assertWhole(String title) {
    List<String> lines = tmux.screen().lines().toList();
    assertThat(lines).hasSize(30);
    assertThat(lines.get(0)).startsWith("┌").endsWith("┐").hasSize(100);
    assertThat(lines.get(29)).startsWith("└").endsWith("┘").hasSize(100);
    assertThat(lines.subList(1, 29)).allSatisfy(line -> assertThat(line).startsWith("│").endsWith("│"));
    assertThat(tmux.title()).isEqualTo(title);
  }

  private Path hostileScript() throws IOException {
    String yaml;
    try (InputStream in = getClass().getResourceAsStream("/tui/test-accueil.yaml")) {
      yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String quoted = LABEL.replace("\u001B", "\\e").replace("\u0007", "\\a");
    yaml = yaml.replace("label: Vivez-vous en couple ?", "label: \"" + quoted + "\"")
        .replace("help: En couple veut dire marié, pacsé ou en concubinage.", "help: \"" + "Aide très longue, ".repeat(6_000) + "\"");
    assertThat(yaml).contains("PIRATE", "Aide très longue");
    return Files.writeString(work.resolve("hostile.yaml"), yaml);
  }
}
