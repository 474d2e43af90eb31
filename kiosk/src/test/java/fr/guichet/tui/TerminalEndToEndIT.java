package fr.guichet.tui;

import fr.guichet.store.session.ResumeCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code guichet.jar} in a real terminal (tmux): answers confirmed on screen survive a
 * SIGKILL and come back with the code and the birth date; guessing codes is throttled, also after
 * a restart. Run by failsafe in the integration-test phase, after the jar is built.
 */
class TerminalEndToEndIT {
  private static final Pattern CODE = Pattern.compile("Code : ([A-Z0-9]{3}-[A-Z0-9]{3}-[A-Z0-9]{4})");
  private static final String PIN = "2468";

  @TempDir
  Path work;

  private Path data;
  private Path script;
  private final Tmux tmux = new Tmux();
  private int runs;

  @BeforeEach
  void setUp() throws IOException {
    data = work.resolve("data");
    script = work.resolve("test-accueil.yaml");
    try (InputStream in = getClass().getResourceAsStream("/tui/test-accueil.yaml")) {
      Files.write(script, in.readAllBytes());
    }
  }

  @AfterEach
  void tearDown() {
    tmux.close();
  }

  @Test
  void kiosk_answersConfirmedBeforeASigkill_areAllThereAfterResumeWithCodeAndBirthDate() {
    startKiosk();
    tmux.beginKioskInterview(true);
    String codeA = firstInterview();
    tmux.keys("2");
    tmux.waitFor("Bienvenue");

    tmux.beginKioskInterview(true);
    tmux.waitFor("Quelle est votre date de naissance ?");
    tmux.type("05/07/1975");
    tmux.keys("Enter");
    tmux.waitFor("Vivez-vous en couple ?");
    tmux.keys("2");
    tmux.waitFor("Vous êtes…");
    tmux.keys("3");
    tmux.waitFor("De quoi avez-vous besoin ?");
    tmux.keys("F10");
    String codeB = tmux.waitFor(CODE).group(1);
    assertThat(codeB).isNotEqualTo(codeA);
    tmux.keys("1");
    tmux.waitFor("De quoi avez-vous besoin ?");
    tmux.keys("1", "2", "Enter");
    tmux.waitFor("Combien d'enfants vivent avec vous ?");
    tmux.type("2");
    tmux.keys("Enter");
    tmux.waitFor("Votre prénom");
    tmux.type("Zoé");   // typed, never confirmed
    tmux.waitFor("Zoé");

    tmux.killApplication();

    startKiosk();
    resume(codeB, "05/07/1975");
    tmux.waitFor("Votre prénom");
    assertThat(tmux.screen()).doesNotContain("Zoé");
    tmux.keys("F4");
    tmux.waitFor("Relecture de vos réponses");
    tmux.waitForAll("Quelle est votre date de naissance ? : 05/07/1975",
        "Vivez-vous en couple ? : Non", "Vous êtes… : Hébergé(e)",
        "De quoi avez-vous besoin ? : Alimentation, Facture d'énergie",
        "Combien d'enfants vivent avec vous ? : 2", "Votre prénom (facultatif pour le résumé) : (sans réponse)");
    tmux.keys("F10");
    tmux.waitFor(CODE);
    tmux.keys("2");
    tmux.waitFor("Bienvenue");

    resume(codeA, "13/03/1980");
    tmux.waitFor("Nous ne retrouvons pas de dossier");
    tmux.keys("Escape");
    tmux.waitFor("Bienvenue");
    resume(codeA, "12/03/1980");
    tmux.waitFor("De quoi avez-vous besoin ?");
    tmux.keys("F4");
    tmux.waitFor("Relecture de vos réponses");
    tmux.waitForAll("Quelle est votre date de naissance ? : 12/03/1980",
        "Vivez-vous en couple ? : Oui", "Vous êtes… : Locataire", "Quel est le montant de votre loyer ? : 650");

    tmux.keys("C-c", "C-z", "C-\\", "C-s");
    tmux.keys("Escape");                      // from the review back to the last question seen
    tmux.waitFor("Un montant en euros");
    assertThat(tmux.screen()).doesNotContain("Thread", "^C", "^Z");
    tmux.keys("F12");
    tmux.waitFor("Code opérateur");
    tmux.type(PIN);
    tmux.keys("Enter");
    assertThat(tmux.waitForExit()).isZero();
  }

  /** Answers the first questions of interview A, saves it, and returns its code. */
  private String firstInterview() {
    tmux.waitFor("Quelle est votre date de naissance ?");
    tmux.type("12/03/1980");
    tmux.keys("Enter");
    tmux.waitFor("Vivez-vous en couple ?");
    tmux.keys("1");
    tmux.waitFor("Vous êtes…");
    tmux.keys("1");
    tmux.waitFor("Quel est le montant de votre loyer ?");
    tmux.type("650");
    tmux.keys("Enter");
    tmux.waitFor("De quoi avez-vous besoin ?");
    tmux.keys("F10");
    return tmux.waitFor(CODE).group(1);
  }

  @Test
  void kiosk_whenLeftAlone_countsDownThenWipesToTheWelcomeScreen() {
    tmux.start("kiosk" + (++runs), 100, 30, java() + " -Xmx64m -jar " + jar() + " kiosk --data "
        + data + " --script " + script + " --poste borne-e2e --inactivite 6");
    tmux.waitFor("Bienvenue");
    tmux.beginKioskInterview(false);
    tmux.waitFor("Quelle est votre date de naissance ?");
    tmux.type("12/03/1980");
    tmux.keys("Enter");
    tmux.waitFor("Vivez-vous en couple ?");
    tmux.waitFor("L'écran sera effacé dans");
    tmux.waitFor("Bienvenue");
    assertThat(tmux.screen()).doesNotContain("couple", "1980", "effacé");
  }

  @Test
  void kiosk_fiveWrongCodes_areThrottled_alsoAfterARestart() {
    SecureRandom random = new SecureRandom();
    startKiosk();
    boolean throttled = false;
    for (int attempt = 1; attempt <= 6 && !throttled; attempt++) {
      resume(ResumeCode.generate(random).toString(), "01/01/1970");
      tmux.waitFor(Pattern.compile("Nous ne retrouvons pas de dossier|Trop d'essais"));
      throttled = tmux.screen().contains("Trop d'essais");
      assertThat(throttled).as("attempt %d", attempt).isEqualTo(attempt > 5);
      tmux.keys("Escape");
      tmux.waitFor("Bienvenue");
    }
    assertThat(throttled).isTrue();
    tmux.killApplication();

    startKiosk();
    resume(ResumeCode.generate(random).toString(), "01/01/1970");
    tmux.waitFor("Trop d'essais");
  }

  @Test
  void desk_defaultScript_savesTheFirstAnswer_listedBySessions_reopenedByResume() throws Exception {
    cli("correct-horse-battery\n", "accounts", "create", "--user", "chef");
    cli("correct-horse-battery\ncorrect-horse-battery\n", "accounts", "create", "--user",
        "m.durand", "--role", "MEDIATEUR", "--as", "chef");
    tmux.start("desk" + (++runs), 100, 30, java() + " -jar " + jar() + " --data " + data
        + " --poste accueil-e2e");
    logIn();
    tmux.waitFor("Bienvenue");
    tmux.keys("1");
    tmux.waitFor(Pattern.compile("Question 1 sur \\d+"));
    tmux.keys("Enter");
    tmux.waitFor(Pattern.compile("Question 2 sur \\d+"));
    tmux.resize(80, 24);                       // the layout follows: border and footer re-wrapped
    tmux.waitFor(Pattern.compile("(?m)^┌.{78}┐$"));
    assertThat(tmux.screen().lines().findFirst().orElseThrow()).hasSize(80);
    tmux.waitForAll("enregistrer et reprendre plus tard", "F8 : langue", "F12 : quitter");
    tmux.keys("F12");
    assertThat(tmux.waitForExit()).isZero();

    Process sessions = new ProcessBuilder(java(), "-jar", jar().toString(), "sessions", "--data",
        data.toString()).redirectErrorStream(true).start();
    String listing = new String(sessions.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(sessions.waitFor()).isZero();
    Matcher line = Pattern.compile("(?m)^([A-Z0-9]{3}-[A-Z0-9]{3}-[A-Z0-9]{4}) +EN_COURS .*accueil-ccas")
        .matcher(listing);
    assertThat(line.find()).as(listing).isTrue();
    assertThat(listing).contains("1 entretien(s).").doesNotContain("INFO", "flyway");

    tmux.start("desk" + (++runs), 100, 30, java() + " -jar " + jar() + " resume "
        + line.group(1).toLowerCase() + " --data " + data + " --poste accueil-e2e");
    logIn();
    // A saved session opened at a desk starts a new visit: its summary first, then the interview.
    tmux.waitFor("visite n° 2");
    tmux.type("1");
    tmux.waitFor(Pattern.compile("Question 2 sur \\d+"));
    tmux.keys("F12");
    assertThat(tmux.waitForExit()).isZero();
  }

  private void logIn() {
    tmux.waitFor("Connexion de l'agent");
    tmux.type("m.durand");
    tmux.keys("Enter");
    tmux.type("correct-horse-battery");
    tmux.keys("Enter");
  }

  /** Runs a guichet command on this data directory with {@code input} on its standard input. */
  private void cli(String input, String... args) throws Exception {
    java.util.List<String> command = new java.util.ArrayList<>(
        java.util.List.of(java(), "-jar", jar().toString()));
    command.addAll(java.util.List.of(args));
    command.addAll(java.util.List.of("--data", data.toString()));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(out).isZero();
  }

  private void resume(String code, String birthDate) {
    tmux.keys("2");
    tmux.waitFor("Code de reprise");
    tmux.type(code);
    tmux.keys("Enter");
    tmux.type(birthDate);
    tmux.keys("Enter");
  }

  private void startKiosk() {
    tmux.start("kiosk" + (++runs), 100, 30, "env GUICHET_OPERATOR_PIN=" + PIN + " " + java()
        + " -Xmx64m -jar " + jar() + " kiosk --data " + data + " --script " + script
        + " --poste borne-e2e");
    tmux.waitFor("Bienvenue");
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
