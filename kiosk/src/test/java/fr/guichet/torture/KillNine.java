package fr.guichet.torture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.guichet.tui.KioskTortureDriver;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The kill -9 half of the torture suite ({@code bash bench/torture.sh kill9 N}): runs the real jar
 * over and over, SIGKILLs it at random moments (saving answers headless with {@code replay --save},
 * answering in the kiosk in tmux, printing, rotating the key, purging), and after every kill opens
 * the store again and checks that every confirmed answer is there unchanged, that SQLite's
 * integrity check passes and that the audit chain holds ({@code guichet audit --verify} too, every
 * tenth kill and at the end). Arguments: N jar work-dir [seed]. Last line:
 * {@code kills N, confirmed answers lost L, corrupt stores C}.
 */
public final class KillNine {
  private enum Move { REPLAY_SAVE, KIOSK, PRINT, ROTATE_KEY, PURGE }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> DATES = List.of("1975-07-05", "1980-03-12", "1996-02-29", "1950-01-01");

  private final Random random;
  private final Jar jar;
  private final StoreUnderTest store;
  private final Path work;
  private final Path script;
  private final KioskTortureDriver kiosk;
  /** Resume code -> confirmed answers (key -> stored value). */
  private final Map<String, Map<String, String>> confirmed = new LinkedHashMap<>();
  private final List<KioskTortureDriver.Outcome> kioskSessions = new ArrayList<>();
  private final Map<Move, Long> typicalMillis = new EnumMap<>(Move.class);
  private final Map<Move, Integer> killsByMove = new EnumMap<>(Move.class);
  private int lost;
  private int corrupt;

  private KillNine(Path jarFile, Path work, long seed) throws IOException {
    this.random = new Random(seed);
    this.work = work;
    this.jar = new Jar(jarFile, work);
    this.store = StoreUnderTest.fromEnvironment(work);
    this.script = work.resolve("test-accueil.yaml");
    try (InputStream in = KillNine.class.getResourceAsStream("/tui/test-accueil.yaml")) {
      Files.write(script, in.readAllBytes());
    }
    this.kiosk = fr.guichet.tui.Tmux.installed() ? new KioskTortureDriver(jarFile, script, store.options()) : null;
  }

  public static void main(String[] args) throws Exception {
    int kills = Integer.parseInt(args[0]);
    long seed = args.length > 3 ? Long.parseLong(args[3]) : System.nanoTime();
    System.out.println("kill9 seed " + seed + ", store " + System.getenv().getOrDefault("GUICHET_TORTURE_STORE", "sqlite"));
    KillNine torture = new KillNine(Path.of(args[1]), Files.createDirectories(Path.of(args[2])), seed);
    int done = torture.run(kills);
    System.out.println("kills " + done + ", confirmed answers lost " + torture.lost + ", corrupt stores " + torture.corrupt);
    System.exit(torture.lost == 0 && torture.corrupt == 0 && done == kills ? 0 : 1);
  }

  private int run(int wanted) {
    if (kiosk == null) System.out.println("tmux absent: the kiosk moves are skipped (apt-get install -y tmux)");
    store.plantOldSessions(3);
    calibrate();
    int kills = 0;
    long start = System.nanoTime();
    try {
      for (int round = 0; kills < wanted && round < wanted * 4; round++) {
        Move move = pick();
        if (play(move)) {
          kills++;
          killsByMove.merge(move, 1, Integer::sum);
          check(kills % 10 == 0 || kills == wanted);
          if (kills % 50 == 0) report(kills, start);
        }
      }
    } finally {
      if (kiosk != null) kiosk.close();
    }
    report(kills, start);
    return kills;
  }

  private void report(int kills, long start) {
    System.out.printf("  %d kills in %.0f s %s; %d sessions confirmed, %d answers%n", kills, (System.nanoTime() - start) / 1e9,
        killsByMove, confirmed.size(), confirmed.values().stream().mapToInt(Map::size).sum());
  }

  private Move pick() {
    int n = random.nextInt(100);
    if (n < 35 || n < 65 && kiosk == null || n < 75 && confirmed.isEmpty()) return Move.REPLAY_SAVE;
    if (n < 65) return Move.KIOSK;
    if (n < 75) return Move.PRINT;
    if (n < 90) return Move.ROTATE_KEY;
    return Move.PURGE;
  }

  /** Runs each command once to the end, so kills land within its usual time. */
  private void calibrate() {
    for (Move move : List.of(Move.REPLAY_SAVE, Move.PRINT, Move.ROTATE_KEY, Move.PURGE)) {
      long total = 0;
      for (int i = 0; i < 2; i++) {
        Jar.Run run = command(move, -1);
        if (!run.ok()) throw new IllegalStateException(move + " fails without any kill: " + run.err());
        total += run.millis();
      }
      typicalMillis.put(move, total / 2);
    }
    System.out.println("  usual times (ms): " + typicalMillis);
  }

  /** One move with a kill at a random moment; true when the kill found the process alive. */
  private boolean play(Move move) {
    if (move == Move.KIOSK) {
      KioskTortureDriver.Outcome before = kioskSessions.isEmpty() || random.nextInt(3) == 0 ? null
          : kioskSessions.get(random.nextInt(kioskSessions.size()));
      KioskTortureDriver.Outcome after = kiosk.run(random, before);
      if (before != null) kioskSessions.remove(before);
      kioskSessions.add(after);
      confirmed.put(after.code(), after.confirmed());
      return after.killed();
    }
    long usual = typicalMillis.get(move);
    // Mostly in the second half, where the store is written (the first half is the JVM starting).
    long killAt = (long) (usual * (random.nextInt(4) == 0 ? random.nextDouble() : 0.45 + 0.6 * random.nextDouble()));
    return command(move, killAt).killed();
  }

  private Jar.Run command(Move move, long killAt) {
    return switch (move) {
      case REPLAY_SAVE -> replaySave(killAt);
      case PRINT -> jar.run(with("print", someCode(), "--script", script.toString(), "--out", work.resolve("recap.pdf").toString()), "", killAt);
      case ROTATE_KEY -> jar.run(with("rotate-key"), "", killAt);
      case PURGE -> {
        if (random.nextInt(3) == 0) store.plantOldSessions(1 + random.nextInt(3));
        yield jar.run(with("purge"), "", killAt);
      }
      case KIOSK -> throw new IllegalArgumentException();
    };
  }

  private String someCode() {
    if (confirmed.isEmpty()) replaySave(-1);
    List<String> codes = new ArrayList<>(confirmed.keySet());
    return codes.get(random.nextInt(codes.size()));
  }

  /** A random interview saved headless; confirmed when the command ends with 0 and prints the code. */
  private Jar.Run replaySave(long killAt) {
    Map<String, Object> answers = new LinkedHashMap<>();
    answers.put("demandeur.date_naissance", DATES.get(random.nextInt(DATES.size())));
    answers.put("en_couple", random.nextBoolean() ? "oui" : "non");
    String logement = List.of("locataire", "proprietaire", "heberge").get(random.nextInt(3));
    answers.put("logement", logement);
    if (logement.equals("locataire")) answers.put("loyer", String.valueOf(200 + random.nextInt(900)));
    answers.put("besoins", random.nextBoolean() ? "alimentation, energie" : "aucun");
    answers.put("nb_enfants", String.valueOf(random.nextInt(6)));
    answers.put("prenom", List.of("Zoé", "Éloïse", "Jean-Noël", "Ngozi").get(random.nextInt(4)));
    Path file = work.resolve("answers.json");
    try {
      JSON.writeValue(file.toFile(), answers);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Jar.Run run = jar.run(with("replay", "--answers", file.toString(), "--script", script.toString(), "--save"), "", killAt);
    if (run.ok()) {
      try {
        JsonNode report = JSON.readTree(run.out());
        Map<String, String> kept = new LinkedHashMap<>();
        report.get("answers").properties().forEach(e -> kept.put(e.getKey(), e.getValue().asText()));
        confirmed.put(report.get("resume_code").asText(), kept);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return run;
  }

  private List<String> with(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(store.options());
    return all;
  }

  /** After a kill: the store opens, every confirmed answer is there unchanged, the files and the audit chain are intact. */
  private void check(boolean alsoByCommand) {
    List<String> damage = new ArrayList<>(store.damage());
    if (alsoByCommand) {
      Jar.Run verify = jar.run(with("audit", "--verify"), "", -1);
      if (!verify.ok()) damage.add("guichet audit --verify: " + verify.err().strip());
    }
    Map<String, Map<String, String>> stored;
    try {
      stored = store.answersByCode();
    } catch (RuntimeException e) {
      damage.add("answers unreadable: " + e);
      stored = Map.of();
    }
    if (!damage.isEmpty()) {
      corrupt++;
      System.out.println("  CORRUPT: " + damage);
    }
    for (Map.Entry<String, Map<String, String>> session : confirmed.entrySet()) {
      Map<String, String> now = stored.getOrDefault(session.getKey(), Map.of());
      session.getValue().forEach((key, value) -> {
        if (!value.equals(now.get(key))) {
          lost++;
          System.out.println("  LOST: session " + session.getKey() + ", answer " + key + (now.containsKey(key) ? " changed" : " missing"));
        }
      });
    }
  }
}
