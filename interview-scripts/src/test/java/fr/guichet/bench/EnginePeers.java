package fr.guichet.bench;

import fr.guichet.commune.DirectoryCommuneResolver;
import fr.guichet.engine.Interview;
import fr.guichet.engine.Outcome;
import fr.guichet.script.CommuneResolver;
import fr.guichet.script.Script;
import fr.guichet.script.load.ScriptLoader;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import org.javarosa.form.api.FormEntryController;

/**
 * The engine line of bench/run.sh peers (a plain main, not a test): the same 60-question interview
 * ({@link PeerInterview}) walked by Guichet's engine and by JavaRosa in one JVM, walks
 * interleaved so that both see the same load; each answer timed from the typed text to the next
 * question's prompt (Guichet: submit + the next view; JavaRosa: typed answer, answerQuestion,
 * stepToNextEvent, the next prompt's text). Form parsing and interview start are not timed.
 * Args: [walks] (half of them warm-up).
 */
public final class EnginePeers {
  private EnginePeers() {}

  public static void main(String[] args) {
    int walks = args.length > 0 ? Integer.parseInt(args[0]) : 400;
    Script script = new ScriptLoader().parse("peers-60.yaml", PeerInterview.yaml());
    CommuneResolver communes = DirectoryCommuneResolver.bundled();
    LocalDate today = LocalDate.parse(PeerInterview.TODAY);
    Map<String, String> answers = PeerInterview.answers();
    JavaRosaWalk javaRosa = new JavaRosaWalk(PeerInterview.xform());
    int n = guichet(script, today, communes, answers, null, 0);
    int m = javaRosa.walk(javaRosa.open(), answers, null, 0, null);
    if (n != m) throw new IllegalStateException("not the same interview: Guichet " + n + " answers, JavaRosa " + m);
    int measured = walks / 2;
    long[] ours = new long[measured * n];
    long[] theirs = new long[measured * n];
    for (int w = 0; w < walks; w++) {
      boolean timed = w >= walks - measured;
      int at = (w - (walks - measured)) * n;
      guichet(script, today, communes, answers, timed ? ours : null, at);
      javaRosa.walk(javaRosa.open(), answers, timed ? theirs : null, at, null);
    }
    double ratio = (double) p(theirs, 50) / p(ours, 50);
    System.out.printf("engine: answer -> next question, %d answers x %d walks: Guichet p50 %.1f µs p99 %.1f;"
        + " JavaRosa %s p50 %.1f µs p99 %.1f; Guichet faster by ratio %.1f%n",
        n, measured, p(ours, 50) / 1e3, p(ours, 99) / 1e3, javaRosaJar(),
        p(theirs, 50) / 1e3, p(theirs, 99) / 1e3, ratio);
  }

  /** One walk through Guichet's engine; returns the number of answers. */
  static int guichet(Script script, LocalDate today, CommuneResolver communes, Map<String, String> answers,
      long[] nanos, int at) {
    Interview interview = Interview.start(script, today, communes);
    interview.current();
    int count = 0;
    while (!interview.atEnd()) {
      long t0 = System.nanoTime();
      String key = interview.currentKey().orElseThrow();
      String raw = answers.get(key);
      if (raw == null) throw new IllegalStateException("no answer for " + key);
      if (!(interview.submit(raw) instanceof Outcome.Accepted)) throw new IllegalStateException("refused " + key);
      interview.current();
      if (nanos != null) nanos[at + count] = System.nanoTime() - t0;
      count++;
    }
    return count;
  }

  /** The JavaRosa jar's file name (its version): the jar carries no version in its manifest. */
  private static String javaRosaJar() {
    String location = FormEntryController.class.getProtectionDomain().getCodeSource().getLocation().getPath();
    return location.substring(location.lastIndexOf('/') + 1).replace(".jar", "");
  }

  private static long p(long[] nanos, int percent) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[Math.min(sorted.length - 1, sorted.length * percent / 100)];
  }
}
