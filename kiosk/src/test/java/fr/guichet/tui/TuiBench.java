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
    Path work = Files.createTempDirectory("guichet-bench");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String jar = Path.of("target", "guichet.jar").toAbsolutePath().toString();
    String cp = Path.of("target", "test-classes").toAbsolutePath() + ":" + jar;
    Path jsa = work.resolve("guichet.jsa");
    String kiosk = " -Xmx64m -jar " + jar + " kiosk --poste banc --data ";
    archive(java + " -XX:ArchiveClassesAtExit=" + jsa + kiosk + work.resolve("cds"), work);

    System.out.println("Cold start to first screen in tmux, 100x30 (ms, " + runs + " runs)");
    report("bare JVM, one line", startup(runs, "Bonjour JVM",
        i -> java + " -cp " + cp + " fr.guichet.tui.bench.BareHello")); 
    report("bare Lanterna window", startup(runs, "Bonjour Lanterna",
        i -> java + " -cp " + cp + " fr.guichet.tui.bench.BareLanterna"));
    report("Guichet kiosk", startup(runs, "Bienvenue",
        i -> java + kiosk + work.resolve("d" + i)));
    report("Guichet kiosk + AppCDS", startup(runs, "Bienvenue",
        i -> java + " -XX:SharedArchiveFile=" + jsa + kiosk + work.resolve("c" + i)));
    keystrokes(work.resolve("keys"));
    peakMemory(java + kiosk + work.resolve("mem"));
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
