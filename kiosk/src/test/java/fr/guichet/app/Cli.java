package fr.guichet.app;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs {@code guichet} in-process with standard input given and outputs captured. */
final class Cli {
  /** What a command printed and returned. */
  record Result(int exit, String out, String err) {}

  private final Path dataDir;

  Cli(Path dataDir) {
    this.dataDir = dataDir;
  }

  /** Runs {@code args} plus {@code --data DIR}, feeding {@code stdinLines} one per line. */
  Result run(List<String> stdinLines, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--data");
    all.add(dataDir.toString());
    return runRaw(stdinLines, all.toArray(String[]::new));
  }

  static synchronized Result runRaw(List<String> stdinLines, String... args) {
    InputStream oldIn = System.in;
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String input = stdinLines.isEmpty() ? "" : String.join("\n", stdinLines) + "\n";
    try {
      System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int exit = Main.run(args);
      return new Result(exit, out.toString(StandardCharsets.UTF_8),
          err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setIn(oldIn);
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }
}
