package fr.guichet.tui;

import fr.guichet.commune.DirectoryCommuneResolver;
import fr.guichet.script.ParseContext;
import fr.guichet.script.Parsed;
import fr.guichet.script.Script;
import fr.guichet.script.load.ScriptLoader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Drives the real kiosk in tmux for the kill -9 torture: starts a new interview or resumes one
 * with its code and birth date, answers at random speed, and SIGKILLs it at a random moment, often
 * just after Enter (during the write). An answer is <em>confirmed</em> when the next question is on
 * the screen, also when that is seen only after the kill.
 */
public final class KioskTortureDriver implements AutoCloseable {
  private static final Pattern CODE = Pattern.compile("Code : ([A-Z0-9]{3}-[A-Z0-9]{3}-[A-Z0-9]{4})");
  private static final String PIN = "2468";
  private static final List<String> DATES = List.of("05/07/1975", "12/03/1980", "29/02/1996", "01/01/1950", "31/12/2001");
  private static final List<String> NAMES = List.of("Zoé", "Éloïse", "Jean-Noël", "Maëlys", "Ngozi", "Anaïs", "Ömer", "Li Wei");

  /** One question of the test script: its key, the words that show it is on screen, and how it is answered. */
  private record Question(String key, String id, String label) {}

  private static final List<Question> QUESTIONS = List.of(
      new Question("demandeur.date_naissance", "date_naissance", "Quelle est votre date de naissance ?"),
      new Question("en_couple", "en_couple", "Vivez-vous en couple ?"),
      new Question("logement", "logement", "Vous êtes…"),
      new Question("loyer", "loyer", "Quel est le montant de votre loyer ?"),
      new Question("besoins", "besoins", "De quoi avez-vous besoin ?"),
      new Question("nb_enfants", "nb_enfants", "Combien d'enfants vivent avec vous ?"),
      new Question("prenom", "prenom", "Votre prénom (facultatif pour le résumé)"),
      new Question("salaire_mensuel", "salaire_mensuel", "Quel est votre salaire mensuel ?"));

  /** What a run left: the session's code, its birth date as typed, and every confirmed answer (key to stored value). */
  public record Outcome(String code, String birthDate, Map<String, String> confirmed, boolean killed) {}

  private final Tmux tmux = new Tmux();
  private final String command;
  private final Script script;
  private final ParseContext context = new ParseContext(LocalDate.now(), DirectoryCommuneResolver.bundled());
  private int runs;

  public KioskTortureDriver(Path jar, Path scriptFile, List<String> storeOptions) {
    this.command = "env GUICHET_OPERATOR_PIN=" + PIN + " " + Path.of(System.getProperty("java.home"), "bin", "java")
        + " -XX:TieredStopAtLevel=1 -Xmx96m -jar " + jar + " kiosk " + String.join(" ", storeOptions) + " --script " + scriptFile
        + " --poste borne-torture";
    this.script = new ScriptLoader().load(scriptFile);
  }

  /**
   * One kiosk run: a new interview when {@code resume} is null, else that session resumed; then
   * random answers, and a SIGKILL. Returns the confirmed answers, including those of {@code resume}.
   */
  public Outcome run(Random random, Outcome resume) {
    tmux.start("kiosk" + (++runs), 100, 30, command);
    try {
      tmux.waitFor("Bienvenue");
      Map<String, String> confirmed = new LinkedHashMap<>();
      String code;
      String birth;
      if (resume == null) {
        birth = DATES.get(random.nextInt(DATES.size()));
        code = startNew(birth, confirmed);
      } else {
        code = resume.code();
        birth = resume.birthDate();
        confirmed.putAll(resume.confirmed());
        tmux.keys("2");
        tmux.waitFor("Code de reprise");
        tmux.type(code);
        tmux.keys("Enter");
        tmux.type(birth);
        tmux.keys("Enter");
      }
      answerUntilKilled(random, confirmed);
      return new Outcome(code, birth, confirmed, true);
    } finally {
      tmux.endSession();
    }
  }

  /** Privacy screens, the birth date (confirmed when the next question shows), then F10 for the code, and back. */
  private String startNew(String birth, Map<String, String> confirmed) {
    tmux.beginKioskInterview(true);
    tmux.waitFor(QUESTIONS.get(0).label());
    tmux.type(birth);
    tmux.keys("Enter");
    tmux.waitFor(QUESTIONS.get(1).label());
    confirmed.put(QUESTIONS.get(0).key(), stored(QUESTIONS.get(0), birth));
    tmux.keys("F10");
    String code = tmux.waitFor(CODE).group(1);
    tmux.keys("1");
    tmux.waitFor(QUESTIONS.get(1).label());
    return code;
  }

  /** Answers from the question on screen; the kill comes while typing, just after Enter, or while idle. */
  private void answerUntilKilled(Random random, Map<String, String> confirmed) {
    int before = random.nextInt(4);
    for (int given = 0; ; given++) {
      Question current = onScreen();
      if (current == null || current == QUESTIONS.get(QUESTIONS.size() - 1)) {
        killAfter(random.nextInt(300));
        return;
      }
      String raw = answer(random, current);
      if (given == before) {
        int moment = random.nextInt(3);
        if (moment == 0) {
          killAfter(random.nextInt(200));  // before the answer is sent
          return;
        }
        send(current, raw);
        killAfter(moment == 1 ? random.nextInt(60) : random.nextInt(400));  // during the write, or just after
        if (next(current, raw) != null && tmux.screen().contains(next(current, raw).label())) {
          confirmed.put(current.key(), stored(current, raw));
        }
        return;
      }
      send(current, raw);
      pause(random.nextInt(250));
      tmux.waitFor(next(current, raw).label());
      confirmed.put(current.key(), stored(current, raw));
    }
  }

  private void killAfter(long millis) {
    pause(millis);
    tmux.killApplication();
  }

  private Question onScreen() {
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (System.nanoTime() < deadline) {
      String screen = tmux.screen();
      for (Question q : QUESTIONS) if (screen.contains(q.label())) return q;
      pause(20);
    }
    throw new AssertionError("no question on screen:\n" + tmux.screen());
  }

  private static String answer(Random r, Question q) {
    return switch (q.id()) {
      case "date_naissance" -> DATES.get(r.nextInt(DATES.size()));
      case "en_couple" -> String.valueOf(1 + r.nextInt(2));
      case "logement" -> String.valueOf(1 + r.nextInt(3));
      case "besoins" -> r.nextInt(4) == 0 ? "3" : r.nextBoolean() ? "1 2" : String.valueOf(1 + r.nextInt(2));
      case "nb_enfants" -> String.valueOf(r.nextInt(11));
      case "prenom" -> NAMES.get(r.nextInt(NAMES.size()));
      default -> String.valueOf(100 + r.nextInt(3000)) + (r.nextBoolean() ? "" : "," + (10 + r.nextInt(90)));
    };
  }

  /** As a person does: a number key picks a choice (Enter after a multiple choice), text is typed then Enter. */
  private void send(Question q, String raw) {
    switch (q.id()) {
      case "en_couple", "logement" -> tmux.keys(raw);
      case "besoins" -> {
        tmux.keys(raw.split(" "));
        tmux.keys("Enter");
      }
      default -> {
        tmux.type(raw);
        tmux.keys("Enter");
      }
    }
  }

  /** The question the script asks after {@code q} answered {@code raw}. */
  private static Question next(Question q, String raw) {
    int at = QUESTIONS.indexOf(q);
    if (q.id().equals("logement") && !raw.equals("1")) return QUESTIONS.get(at + 2);
    return at + 1 < QUESTIONS.size() ? QUESTIONS.get(at + 1) : null;
  }

  private String stored(Question q, String raw) {
    Parsed parsed = script.question(q.id()).orElseThrow().type().parse(raw, context);
    return ((Parsed.Accepted) parsed).answer().stored();
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    tmux.close();
  }
}
