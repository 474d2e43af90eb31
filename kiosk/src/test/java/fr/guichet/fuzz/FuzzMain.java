package fr.guichet.fuzz;

import java.util.List;

/**
 * The fuzz half of the torture suite ({@code bash bench/torture.sh fuzz N}): every target with N
 * inputs, one line per target, then the summary line; exit status 1 if any input broke a property.
 * Arguments: N [seed].
 */
public final class FuzzMain {
  private FuzzMain() {}

  public static void main(String[] args) {
    int inputs = Integer.parseInt(args[0]);
    long seed = args.length > 1 ? Long.parseLong(args[1]) : System.nanoTime();
    System.out.println("fuzz seed " + seed);
    List<Fuzz.Target<?>> targets = FuzzTargets.all();
    int unexpected = 0;
    for (Fuzz.Target<?> target : targets) {
      long start = System.nanoTime();
      Fuzz.Result result = Fuzz.run(target, inputs, seed);
      unexpected += result.unexpected();
      System.out.println(result.summary() + String.format("  (%.1f s)", (System.nanoTime() - start) / 1e9));
    }
    System.out.println("fuzz: " + inputs + " inputs per target, " + targets.size() + " targets, unexpected exceptions " + unexpected);
    System.exit(unexpected == 0 ? 0 : 1);
  }
}
