package fr.guichet.tui;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Benchmarks of the terminal interface (a plain main, not a test). Run from kiosk/ after
 * {@code mvn package}:
 * <pre>java -cp target/test-classes:target/guichet.jar fr.guichet.tui.TuiBench [runs]</pre>
 * 1. Cold start to the first screen inside tmux (send of the command to the text in
 * capture-pane): a bare JVM printing one line, a bare Lanterna window, Guichet, Guichet with an
 * AppCDS archive. 2. Keystroke to updated screen, in process (virtual terminal): a key that
 * redraws, and Enter that saves an answer durably. 3. Peak resident memory under -Xmx64m.
 */
public final class TuiBench {
  private TuiBench() {}

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    boolean startup = args.length < 2 || !args[1].equals("--no-startup");
    Path work = Files.createTempDirectory("guichet-bench");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String jar = Path.of("target", "guichet.jar").toAbsolutePath().toString();
    String cp = Path.of("target", "test-classes").toAbsolutePath() + ":" + jar;
    String kiosk = " -Xmx64m -jar " + jar + " kiosk --poste banc --data ";
    if (startup) {
      startupFigures(runs, work, java, jar, cp, kiosk);
    }
    keystrokes(work.resolve("keys"));
    tmuxKeystrokes(java + kiosk + work.resolve("tk"), work);
    peakMemory(java + kiosk + work.resolve("mem"));
  }

  private static void startupFigures(int runs, Path work, String java, String jar, String cp,
      String kiosk) {
    Path jsa = work.resolve("guichet.jsa");
    archive(java + " -XX:ArchiveClassesAtExit=" + jsa + kiosk + work.resolve("cds"), work);
    Path lanternaJsa = work.resolve("lanterna.jsa");
    try (Tmux tmux = new Tmux()) {
      tmux.start("cds", 100, 30, java + " -XX:ArchiveClassesAtExit=" + lanternaJsa + " -cp " + cp
          + " fr.guichet.tui.bench.BareLanternaOnce");
      tmux.waitForExit();
    }

    System.out.println("Cold start to first screen in tmux, 100x30 (ms, " + runs
        + " rounds, variants interleaved)");
    java.util.LinkedHashMap<String, String[]> variants = new java.util.LinkedHashMap<>();
    variants.put("bare JVM, one line", new String[] {"Bonjour JVM",
        java + " -cp " + cp + " fr.guichet.tui.bench.BareHello"});
    variants.put("bare Lanterna window", new String[] {"Bonjour Lanterna",
        java + " -cp " + cp + " fr.guichet.tui.bench.BareLanterna"});
    variants.put("bare Lanterna + AppCDS", new String[] {"Bonjour Lanterna",
        java + " -XX:SharedArchiveFile=" + lanternaJsa + " -cp " + cp
            + " fr.guichet.tui.bench.BareLanterna"});
    variants.put("Guichet kiosk", new String[] {"Bienvenue", java + kiosk + work + "/d%d"});
    variants.put("Guichet kiosk, no picocli", new String[] {"Bienvenue",
        java + " -Xmx64m -cp " + cp + " fr.guichet.app.DirectKiosk " + work + "/p%d"});
    variants.put("Guichet kiosk + AppCDS", new String[] {"Bienvenue",
        java + " -XX:SharedArchiveFile=" + jsa + kiosk + work + "/c%d"});
    variants.put("Guichet kiosk, C1 only", new String[] {"Bienvenue",
        java + " -XX:TieredStopAtLevel=1" + kiosk + work + "/t%d"});
    variants.put("Guichet kiosk + AppCDS + C1", new String[] {"Bienvenue",
        java + " -XX:TieredStopAtLevel=1 -XX:SharedArchiveFile=" + jsa + kiosk + work + "/u%d"});
    java.util.Map<String, long[]> times = new java.util.LinkedHashMap<>();
    variants.keySet().forEach(k -> times.put(k, new long[runs]));
    for (int i = 0; i < runs; i++) {
      for (var v : variants.entrySet()) {
        String command = v.getValue()[1].replace("%d", String.valueOf(i));
        times.get(v.getKey())[i] = startup(1, v.getValue()[0], run -> command)[0];
      }
    }
    times.forEach(TuiBench::report);
  }

  interface Command {
    String at(int run);
  }

  private static long[] startup(int runs, String firstText, Command command) {
    long[] ms = new long[runs];
    for (int i = 0; i < runs; i++) {
      try (Tmux tmux = new Tmux()) {
        long start = System.nanoTime();
        tmux.start("bench", 100, 30, command.at(i));
        tmux.waitFor(firstText);
        ms[i] = (System.nanoTime() - start) / 1_000_000;
      }
    }
    return ms;
  }

  /** Walks the kiosk once (welcome, privacy, first questions) so the archive holds those classes. */
  private static void archive(String command, Path work) {
    try (Tmux tmux = new Tmux()) {
      tmux.start("cds", 100, 30, "env GUICHET_OPERATOR_PIN=1 " + command);
      tmux.waitFor("Bienvenue");
      tmux.keys("1");
      tmux.waitFor("Avant de commencer");
      tmux.keys("1");
      tmux.waitFor("partager avec le CCAS ?");
      tmux.keys("1");
      tmux.waitFor(Pattern.compile("Question 1 sur"));
      tmux.keys("Enter");
      tmux.waitFor(Pattern.compile("Question 2 sur"));
      tmux.keys("F12");
      tmux.waitFor("Code opérateur");
      tmux.type("1");
      tmux.keys("Enter");
      tmux.waitForExit();
    }
  }

  private static void keystrokes(Path data) throws Exception {
    try (ScreenDriver d = new ScreenDriver(data, ScreenDriver.desk(), 100, 30)) {
      d.type("1").enter().type("12/03/1980").enter().type("1").type("2");  // now at the boxes
      long[] redraw = new long[2000];
      for (int i = 0; i < redraw.length; i++) {
        long t = System.nanoTime();
        d.type("1");
        redraw[i] = System.nanoTime() - t;
      }
      System.out.println("Keystroke to updated screen, in process (virtual terminal), µs");
      reportMicros("tick a box (handle + redraw)", redraw);
      long[] save = new long[300];
      for (int i = 0; i < save.length; i++) {
        d.key(KeyType.F4);
        d.key(KeyType.ArrowDown).enter();  // edit "en couple" from the review
        long t = System.nanoTime();
        d.type(i % 2 == 0 ? "2" : "1");    // answer: check, durable save, back to the review
        save[i] = System.nanoTime() - t;
        d.key(KeyType.Escape);
      }
      reportMicros("answer confirmed (check + durable save + redraw)", save);
    }
  }

  /**
   * The same key through the real stack: tmux send-keys, pty, Lanterna, redraw, capture-pane
   * polled every 1 ms after each capture (includes starting two tmux client processes, a few ms).
   */
  private static void tmuxKeystrokes(String command, Path work) {
    try (Tmux tmux = new Tmux()) {
      tmux.start("keys", 100, 30, command);
      tmux.waitFor("Bienvenue");
      tmux.keys("1");
      tmux.waitFor("Avant de commencer");
      tmux.keys("1");
      tmux.waitFor("partager avec le CCAS ?");
      tmux.keys("1");
      tmux.waitFor(Pattern.compile("Question 1 sur"));
      tmux.keys("Enter");
      tmux.waitFor(Pattern.compile("Question 2 sur"));
      long[] nanos = new long[200];
      for (int i = 0; i < nanos.length; i++) {
        String before = tmux.screen();
        long t = System.nanoTime();
        tmux.keys(i % 2 == 0 ? "Escape" : "Enter");  // back to question 1, forward again
        while (tmux.screen().equals(before)) {
          java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
        }
        nanos[i] = System.nanoTime() - t;
      }
      System.out.println("Keystroke to updated screen through tmux (send-keys to capture-pane), µs");
      reportMicros("Échap (back) and Entrée (durable save), alternated", nanos);
    }
  }

  private static void peakMemory(String command) {
    try (Tmux tmux = new Tmux()) {
      tmux.start("mem", 100, 30, command);
      tmux.waitFor("Bienvenue");
      tmux.keys("2");
      tmux.waitFor("Code de reprise");
      ProcessHandle app = tmux.process();
      String status = Files.readString(Path.of("/proc/" + app.pid() + "/status"));
      status.lines().filter(l -> l.startsWith("VmHWM") || l.startsWith("VmRSS"))
          .forEach(l -> System.out.println("Guichet kiosk under -Xmx64m: " + l.replaceAll("\\s+", " ")));
      app.destroyForcibly();
    } catch (java.io.IOException e) {
      System.out.println("memory: " + e);
    }
  }

  private static void report(String what, long[] ms) {
    long[] sorted = ms.clone();
    Arrays.sort(sorted);
    System.out.printf("  %-28s median %4d   min %4d   max %4d   %s%n", what,
        sorted[sorted.length / 2], sorted[0], sorted[sorted.length - 1], Arrays.toString(ms));
  }

  private static void reportMicros(String what, long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    List<String> parts = new ArrayList<>();
    for (double q : new double[] {0.5, 0.9, 0.99}) {
      parts.add("p" + (int) (q * 100) + " " + sorted[(int) (q * (sorted.length - 1))] / 1000);
    }
    System.out.printf("  %-48s %s   max %d%n", what, String.join("   ", parts),
        sorted[sorted.length - 1] / 1000);
  }
}
