package fr.guichet.torture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The real guichet.jar as a child process: run to the end, or SIGKILLed after a delay. */
final class Jar {
  private final Path jar;
  private final Path work;
  private int runs;

  Jar(Path jar, Path work) {
    this.jar = jar;
    this.work = work;
  }

  /** What a run gave: exit status (137 when killed), whether the kill found it alive, its output. */
  record Run(int status, boolean killed, String out, String err, long millis) {
    boolean ok() {
      return status == 0;
    }
  }

  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** Runs {@code args} with {@code input} on standard input, killed with SIGKILL after {@code killAfterMillis} (none if negative). */
  Run run(List<String> args, String input, long killAfterMillis) {
    List<String> command = new ArrayList<>(List.of(java(), "-XX:TieredStopAtLevel=1", "-Xmx96m", "-jar", jar.toString()));
    command.addAll(args);
    Path out = work.resolve("run-" + (++runs) + ".out");
    Path err = work.resolve("run-" + runs + ".err");
    long start = System.nanoTime();
    try {
      Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
      p.getOutputStream().close();
      boolean killed = false;
      if (killAfterMillis >= 0 && !p.waitFor(killAfterMillis, TimeUnit.MILLISECONDS)) {
        p.destroyForcibly();  // SIGKILL on Linux
        killed = true;
      }
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException("guichet " + args + " did not end within 2 minutes");
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      Run run = new Run(p.exitValue(), killed && p.exitValue() == 137, Files.readString(out), Files.readString(err), millis);
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
      return run;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
