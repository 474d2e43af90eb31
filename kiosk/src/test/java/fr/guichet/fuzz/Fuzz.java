package fr.guichet.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A dependency-free fuzz runner: each target draws inputs from a seeded {@link Random} (input i of
 * a run uses seed {@code base + i}, so any failure is replayed from its seed alone) and checks
 * them; every input whose check throws, or takes more than 3 s, is counted as unexpected, and the first few are kept with
 * their seed and a shortened view of the input.
 */
public final class Fuzz {
  private static final int KEPT = 3;
  /** An input that takes longer than this to check is a finding too: a kiosk must answer within a frame, not hang. */
  private static final long SLOW_NANOS = Long.getLong("guichet.fuzz.slowMillis", 3000) * 1_000_000;

  private Fuzz() {}

  /** A fuzz target: what it fuzzes, how to draw one input, and what must hold for it. */
  public record Target<T>(String name, Function<Random, T> draw, Consumer<T> check) {
    Result run(int inputs, long base) {
      List<String> failures = new ArrayList<>();
      int unexpected = 0;
      for (int i = 0; i < inputs; i++) {
        long seed = base + i;
        T input = draw.apply(new Random(seed));
        long start = System.nanoTime();
        String failure = null;
        try {
          check.accept(input);
        } catch (Throwable e) {  // an Error (stack overflow, out of memory) is a finding too
          failure = e.toString();
        }
        long took = System.nanoTime() - start;
        if (failure == null && took > SLOW_NANOS) failure = "took " + took / 1_000_000 + " ms";
        if (failure != null) {
          unexpected++;
          if (failures.size() < KEPT) failures.add("seed " + seed + ": " + failure + "\n    input: " + shown(input));
        }
      }
      return new Result(name, inputs, unexpected, failures);
    }
  }

  /** What one target gave: inputs tried, how many broke a property, and the first of them. */
  public record Result(String target, int inputs, int unexpected, List<String> failures) {
    public String summary() {
      StringBuilder out = new StringBuilder(String.format("%-34s %8d inputs  %d unexpected", target, inputs, unexpected));
      for (String failure : failures) out.append("\n  ").append(failure);
      return out.toString();
    }
  }

  public static <T> Target<T> target(String name, Function<Random, T> draw, Consumer<T> check) {
    return new Target<>(name, draw, check);
  }

  /** Runs one target; {@code base} is the run's seed (the time of day unless given). */
  public static Result run(Target<?> target, int inputs, long base) {
    return target.run(inputs, base);
  }

  /** The input as a Java string literal, cut to 300 characters: controls escaped, so a log stays readable. */
  static String shown(Object input) {
    String text = String.valueOf(input);
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length() && out.length() < 300; i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') out.append(c);
      else out.append(String.format("\\u%04X", (int) c));
    }
    return out.append(text.length() > 300 ? "\"… (" + text.length() + " chars)" : "\"").toString();
  }
}
