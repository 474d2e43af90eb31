package fr.guichet.torture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.guichet.tui.Tmux;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real kiosk in tmux on a real small disk (tmpfs, root only: the CI runs as root) that fills to
 * the last block, turns read-only, or loses its key file while a person is answering: the screen
 * says so in French and keeps what was typed, the answer is saved once the trouble is gone, and
 * nothing saved before is damaged (every earlier answer, SQLite's integrity check, the audit chain).
 */
class DiskTroubleIT {
  private static final Pattern CODE = Pattern.compile("Code : ([A-Z0-9]{3}-[A-Z0-9]{3}-[A-Z0-9]{4})");
  private static final String PIN = "2468";
  private static final String TYPED = "Zoé-Marie";

  @TempDir Path work;
  private final Tmux tmux = new Tmux();
  private SmallDisk disk;
  private SqliteStoreUnderTest store;
  private Path script;
  private Jar jar;
  private int runs;

  @BeforeEach
  void setUp() throws IOException {
    assumeTrue(SmallDisk.root(), "mounting a small disk needs root (the CI runs as root)");
    script = work.resolve("test-accueil.yaml");
    try (InputStream in = getClass().getResourceAsStream("/tui/test-accueil.yaml")) {
      Files.write(script, in.readAllBytes());
    }
    jar = new Jar(jar(), work);
  }

  @AfterEach
  void tearDown() {
    tmux.close();
    if (disk != null) disk.close();
  }

  private void on(SmallDisk small) {
    disk = small;
    store = new SqliteStoreUnderTest(disk.path().resolve("data"));
  }

  @Test
  void kiosk_whenTheDiskFillsUpMidInterview_saysSoKeepsTheTypedAnswerAndSavesItOnceSpaceIsBack() throws IOException {
    on(SmallDisk.tmpfs(work.resolve("petit-disque"), 4));
    answerThroughTrouble(new Trouble("Le disque est plein", disk::fill, disk::free));
  }

  @Test
  void kiosk_whenTheDiskFailsAndTurnsReadOnly_saysSoKeepsTheTypedAnswerAndLosesNothingSavedBefore() throws IOException {
    on(SmallDisk.ext4(work.resolve("disque-ext4"), 16));
    startKiosk();
    String code = firstAnswers();
    Map<String, String> saved = store.answersByCode().get(code);
    tmux.type(TYPED);
    tmux.waitFor(TYPED);

    disk.failReadOnly();
    for (int attempt = 0; attempt < 2; attempt++) {
      tmux.keys("Enter");
      tmux.waitFor(Pattern.compile("lecture seule|Erreur d'écriture sur le disque"));
      assertThat(tmux.screen()).contains("Votre prénom", TYPED, "réessayez").doesNotContain("Exception", "salaire");
    }
    assertLayoutIntact();
    tmux.killApplication();  // the disk is gone for this run: the kiosk is restarted once it is repaired

    disk.repair();
    assertThat(store.damage()).isEmpty();
    assertThat(store.answersByCode().get(code)).isEqualTo(saved);
    startKiosk();
    resume(code, "05/07/1975");
    tmux.waitFor("Votre prénom");
    tmux.type(TYPED);
    tmux.keys("Enter");
    tmux.waitFor("Quel est votre salaire mensuel ?");
    quit();
    Map<String, String> expected = new LinkedHashMap<>(saved);
    expected.put("prenom", TYPED);
    assertThat(store.answersByCode().get(code)).isEqualTo(expected);
    assertThat(store.damage()).isEmpty();
  }

  @Test
  void kiosk_startedOnAReadOnlyDataFolder_saysSoInFrenchAndStops() throws IOException {
    on(SmallDisk.tmpfs(work.resolve("petit-disque"), 4));
    Files.createDirectories(store.directory());
    disk.readOnly();
    tmux.start("borne", 100, 30, kioskCommand());
    assertThat(tmux.waitForExit()).isEqualTo(1);
    assertThat(tmux.screen().replace("\n", "")).contains("est en lecture seule").doesNotContain("Exception");
  }

  @Test
  void kiosk_whenTheKeyFileIsDeleted_refusesToSaveUntilItIsRestored() throws IOException {
    on(SmallDisk.tmpfs(work.resolve("petit-disque"), 4));
    Path key = store.directory().resolve("guichet.key");
    Path copy = work.resolve("guichet.key.sauvegarde");
    answerThroughTrouble(new Trouble("Le fichier de clé", () -> {
      Files.copy(key, copy);
      Files.delete(key);
    }, () -> Files.copy(copy, key)));
  }

  @Test
  void replaySave_onAFullDisk_failsInFrenchWithoutSavingAndLeavesEarlierSessionsIntact() throws IOException {
    on(SmallDisk.tmpfs(work.resolve("petit-disque"), 4));
    Path answers = work.resolve("answers.json");
    Files.writeString(answers, """
        {"demandeur.date_naissance": "1975-07-05", "en_couple": "non", "logement": "heberge",
         "besoins": "aucun", "nb_enfants": "1", "prenom": "Zoé"}""");
    List<String> replay = List.of("replay", "--answers", answers.toString(), "--script", script.toString(), "--save",
        "--data", store.directory().toString());
    assertThat(jar.run(replay, "", -1).ok()).isTrue();
    Map<String, Map<String, String>> before = store.answersByCode();

    disk.fill();
    Jar.Run refused = jar.run(replay, "", -1);
    assertThat(refused.status()).isEqualTo(1);
    assertThat(refused.err()).contains("Erreur : Le disque est plein : rien n'a été enregistré")
        .doesNotContain("Exception", "\tat ");
    assertThat(refused.out()).doesNotContain("resume_code");
    disk.free();

    assertThat(store.damage()).isEmpty();
    assertThat(store.answersByCode()).isEqualTo(before);
    assertThat(jar.run(replay, "", -1).ok()).as("saved once space is back").isTrue();
    assertThat(store.answersByCode()).hasSize(before.size() + 1);
  }

  /** Something that goes wrong under the kiosk, what the screen then says, and how it is put right. */
  private record Trouble(String message, Step cause, Step repair) {}

  @FunctionalInterface
  private interface Step {
    void run() throws IOException;
  }

  /**
   * Answers the first questions and asks for the code, types a name, lets the trouble happen,
   * presses Enter twice (refused each time, the name still there), repairs, presses Enter again.
   */
  private void answerThroughTrouble(Trouble trouble) throws IOException {
    startKiosk();
    String code = firstAnswers();
    Map<String, String> saved = store.answersByCode().get(code);
    assertThat(saved).containsKeys("demandeur.date_naissance", "en_couple", "logement", "besoins", "nb_enfants");
    tmux.type(TYPED);
    tmux.waitFor(TYPED);

    trouble.cause().run();
    for (int attempt = 0; attempt < 2; attempt++) {
      tmux.keys("Enter");
      tmux.waitFor(trouble.message());
      assertThat(tmux.screen()).contains("Votre prénom", TYPED, "réessayez").doesNotContain("Exception", "salaire");
    }
    assertLayoutIntact();
    trouble.repair().run();
    tmux.keys("Enter");
    tmux.waitFor("Quel est votre salaire mensuel ?");
    assertThat(tmux.screen()).doesNotContain(trouble.message());
    quit();

    Map<String, String> expected = new LinkedHashMap<>(saved);
    expected.put("prenom", TYPED);
    assertThat(store.answersByCode().get(code)).isEqualTo(expected);
    assertThat(store.damage()).isEmpty();
    Jar.Run verify = jar.run(List.of("audit", "--verify", "--data", store.directory().toString()), "", -1);
    assertThat(verify.ok()).as(verify.err()).isTrue();
  }

  /** The window's frame is whole: a message never pushes the border or the footer off the screen. */
  private void assertLayoutIntact() {
    List<String> lines = tmux.screen().lines().toList();
    assertThat(lines.get(0)).startsWith("┌").endsWith("┐").hasSize(100);
    assertThat(lines.get(29)).startsWith("└").endsWith("┘").hasSize(100);
  }

  /** Privacy choices, five answers, F10 for the code and back: the name question is on screen. */
  private String firstAnswers() {
    tmux.beginKioskInterview(true);
    tmux.waitFor("Quelle est votre date de naissance ?");
    tmux.type("05/07/1975");
    tmux.keys("Enter");
    tmux.waitFor("Vivez-vous en couple ?");
    tmux.keys("2");
    tmux.waitFor("Vous êtes…");
    tmux.keys("3");
    tmux.waitFor("De quoi avez-vous besoin ?");
    tmux.keys("1", "Enter");
    tmux.waitFor("Combien d'enfants vivent avec vous ?");
    tmux.type("2");
    tmux.keys("Enter");
    tmux.waitFor("Votre prénom");
    tmux.keys("F10");
    String code = tmux.waitFor(CODE).group(1);
    tmux.keys("1");
    tmux.waitFor("Votre prénom");
    return code;
  }

  private void quit() {
    tmux.keys("F12");
    tmux.waitFor("Code opérateur");
    tmux.type(PIN);
    tmux.keys("Enter");
    assertThat(tmux.waitForExit()).isZero();
  }

  private void startKiosk() {
    tmux.start("borne" + (++runs), 100, 30, kioskCommand());
    tmux.waitFor("Bienvenue");
  }

  private String kioskCommand() {
    return "env GUICHET_OPERATOR_PIN=" + PIN + " " + Jar.java() + " -Xmx64m -jar " + jar() + " kiosk --data "
        + store.directory() + " --script " + script + " --poste borne-disque --inactivite 600";
  }

  private void resume(String code, String birthDate) {
    tmux.keys("2");
    tmux.waitFor("Code de reprise");
    tmux.type(code);
    tmux.keys("Enter");
    tmux.type(birthDate);
    tmux.keys("Enter");
  }

  private static Path jar() {
    Path jar = Path.of("target", "guichet.jar").toAbsolutePath();
    assertThat(jar).as("the shaded jar (built by mvn package)").exists();
    return jar;
  }
}
