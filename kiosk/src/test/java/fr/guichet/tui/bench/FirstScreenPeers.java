package fr.guichet.tui.bench;

import fr.guichet.tui.Tmux;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The first-screen line of bench/run.sh peers (a plain main, not a test): from the command sent
 * to tmux to its first text in capture-pane, 100x30, for the kiosk jar started as the Debian
 * package starts it (its AppCDS archive when given, C1 only, serial GC), a bare Lanterna window
 * with one label and a bare JVM printing one line, both with the same JVM options and the JDK's
 * own CDS archive; rounds interleaved. Args: jar work-dir rounds [archive.jsa].
 */
public final class FirstScreenPeers {
  private FirstScreenPeers() {}

  public static void main(String[] args) throws Exception {
    Path jar = Path.of(args[0]).toAbsolutePath();
    Path work = Files.createDirectories(Path.of(args[1]));
    int rounds = Integer.parseInt(args[2]);
    String archive = args.length > 3 ? " -XX:SharedArchiveFile=" + Path.of(args[3]).toAbsolutePath() : "";
    String java = Path.of(System.getProperty("java.home"), "bin", "java")
        + " -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dfile.encoding=UTF-8";
    String tests = Path.of(FirstScreenPeers.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    Map<String, String[]> variants = new LinkedHashMap<>();
    variants.put("kiosk", new String[] {"Bienvenue",
        "env GUICHET_OPERATOR_PIN=0000 " + java + archive + " -Xmx64m -cp " + jar + " fr.guichet.app.Main kiosk --poste banc --data " + work + "/k%d"});
    variants.put("lanterna", new String[] {"Bonjour Lanterna", java + " -cp " + tests + ":" + jar + " " + BareLanterna.class.getName()});
    variants.put("hello", new String[] {"Bonjour JVM", java + " -cp " + tests + " " + BareHello.class.getName()});
    Map<String, long[]> ms = new LinkedHashMap<>();
    variants.keySet().forEach(k -> ms.put(k, new long[rounds]));
    try (Tmux tmux = new Tmux()) {
      tmux.start("up", 100, 30, "true");  // the tmux server is up before any timing
      for (String[] v : variants.values()) firstScreen(tmux, v[0], v[1].replace("%d", "warm"));  // page cache
      for (int i = 0; i < rounds; i++) {
        for (var v : variants.entrySet()) {
          ms.get(v.getKey())[i] = firstScreen(tmux, v.getValue()[0], v.getValue()[1].replace("%d", String.valueOf(i)));
        }
      }
    }
    long kiosk = median(ms.get("kiosk"));
    long lanterna = median(ms.get("lanterna"));
    long hello = median(ms.get("hello"));
    System.out.printf("first screen: kiosk jar%s in tmux median %d ms %s; bare Lanterna window %d ms %s;"
        + " bare JVM hello %d ms %s; kiosk/hello %.2f; ratio %.2f%n",
        archive.isEmpty() ? " (no AppCDS archive)" : " with its AppCDS archive", kiosk, Arrays.toString(ms.get("kiosk")),
        lanterna, Arrays.toString(ms.get("lanterna")), hello, Arrays.toString(ms.get("hello")),
        (double) kiosk / hello, (double) kiosk / lanterna);
  }

  /** Polled every 20 ms or so (capture-pane): the same error on every variant. */
  private static long firstScreen(Tmux tmux, String text, String command) {
    long start = System.nanoTime();
    tmux.start("peers", 100, 30, command);
    tmux.waitFor(text);
    long ms = (System.nanoTime() - start) / 1_000_000;
    tmux.endSession();
    return ms;
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
