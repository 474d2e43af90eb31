package fr.guichet.commune;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * Not a test: prints how long the directory takes to load in a cold JVM and to resolve
 * typical inputs. Run from interview-scripts after {@code mvn test-compile}:
 * <pre>
 * java -cp target/classes:target/test-classes fr.guichet.commune.CommuneTiming
 * </pre>
 */
public final class CommuneTiming {

  private CommuneTiming() {
  }

  public static void main(String[] args) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    CommuneDirectory directory = CommuneDirectory.get();
    long loaded = System.nanoTime();
    long cpuLoaded = threads.getCurrentThreadCpuTime();
    // On a busy machine the wall time also counts waiting for a core (and for the JIT
    // compiler threads); the thread CPU time shows the loader's own work.
    System.out.printf("cold load: %.1f ms wall from get() (%.1f ms inside the loader, %.1f ms CPU of this thread)%n",
        (loaded - start) / 1e6, directory.loadDuration().toNanos() / 1e6, (cpuLoaded - cpuStart) / 1e6);
    System.out.printf("%d communes, %s%n", directory.size(), directory.source());

    List<String> inputs = List.of("Besançon", "paris", "75011", "st etienne", "Saint-Denis",
        "Saint-Denis 93200", "lhay les roses", "2A004", "51300", "Besanson", "Zorglubville-sur-Mer");
    for (String input : inputs) {
      long t = System.nanoTime();
      CommuneMatch match = directory.resolve(input);
      System.out.printf("first resolve %-24s %8.3f ms  %s%n", '"' + input + '"',
          (System.nanoTime() - t) / 1e6, summary(match));
    }

    int rounds = 2_000;
    for (int warm = 0; warm < 2; warm++) {
      for (String input : inputs) {
        long t = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
          directory.resolve(input);
        }
        if (warm == 1) {
          System.out.printf("warm resolve %-25s %8.1f µs%n", '"' + input + '"',
              (System.nanoTime() - t) / 1e3 / rounds);
        }
      }
    }
  }

  private static String summary(CommuneMatch match) {
    if (match instanceof CommuneMatch.Found f) {
      return "Found " + f.commune().inseeCode() + " " + f.commune().label();
    }
    if (match instanceof CommuneMatch.Ambiguous a) {
      return "Ambiguous " + a.candidates().size() + ", first "
          + a.candidates().get(0).inseeCode() + " " + a.candidates().get(0).label();
    }
    return "NotFound";
  }
}
