package fr.guichet.speech;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reading aloud with the espeak-ng command (offline, Debian package {@code espeak-ng}): the text
 * goes on its standard input, never on its command line (which other users of the machine can
 * see), at {@code wordsPerMinute}. Absent command: {@link #available()} is false and nothing runs.
 */
public final class EspeakSpeech implements Speech {
  private static final Logger LOG = LoggerFactory.getLogger(EspeakSpeech.class);
  public static final String COMMAND = "espeak-ng";
  /** Slower than espeak-ng's 175 words a minute: people who read little, or not in French, follow better. */
  public static final int DEFAULT_RATE = 140;
  /** The environment variable that sets the rate (words a minute, 80 to 450). */
  public static final String RATE_VARIABLE = "GUICHET_LECTURE_DEBIT";

  private final String command;
  private final int wordsPerMinute;
  private Boolean found;
  private Process current;

  public EspeakSpeech(String command, int wordsPerMinute) {
    this.command = command;
    this.wordsPerMinute = Math.max(80, Math.min(450, wordsPerMinute));
  }

  /** espeak-ng from the PATH, at the rate of {@value #RATE_VARIABLE} (or {@value #DEFAULT_RATE}). */
  public static EspeakSpeech fromEnvironment() {
    int rate = DEFAULT_RATE;
    String set = System.getenv(RATE_VARIABLE);
    if (set != null && set.strip().matches("\\d{2,3}")) {
      rate = Integer.parseInt(set.strip());
    }
    return new EspeakSpeech(COMMAND, rate);
  }

  public int wordsPerMinute() {
    return wordsPerMinute;
  }

  @Override
  public synchronized boolean available() {
    if (found == null) {
      found = executable(command);
    }
    return found;
  }

  private static boolean executable(String command) {
    if (command.contains("/")) {
      return Files.isExecutable(Path.of(command));
    }
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(java.io.File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
        return true;
      }
    }
    return false;
  }

  @Override
  public synchronized void say(String text, String language) {
    stop();
    if (!available() || text == null || text.isBlank()) {
      return;
    }
    try {
      Process process = new ProcessBuilder(arguments(language, null))
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
      feed(process, text);
      current = process;
    } catch (IOException e) {
      LOG.warn("Reading aloud failed to start: {}", e.getClass().getName());
    }
  }

  /**
   * Writes the reading of {@code text} to a WAV file instead of the speakers, and waits for it
   * (for the checks and for an installer trying the voices); returns espeak-ng's exit status.
   */
  public int toWav(String text, String language, Path wav) {
    try {
      Process process = new ProcessBuilder(arguments(language, wav)).redirectErrorStream(true).start();
      feed(process, text);
      process.getInputStream().transferTo(OutputStream.nullOutputStream());
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return -1;
      }
      return process.exitValue();
    } catch (IOException e) {
      throw new UncheckedIOException("espeak-ng failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private List<String> arguments(String language, Path wav) {
    List<String> arguments = new ArrayList<>(List.of(command, "-v", voice(language), "-s",
        Integer.toString(wordsPerMinute), "-b", "1"));
    if (wav != null) {
      arguments.add("-w");
      arguments.add(wav.toString());
    }
    arguments.add("--stdin");
    return arguments;
  }

  private static void feed(Process process, String text) throws IOException {
    try (OutputStream in = process.getOutputStream()) {
      in.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }

  /** espeak-ng's voice for a language: its own code (fr, en, uk…). */
  static String voice(String language) {
    return language == null || language.isBlank() ? "fr" : language;
  }

  @Override
  public synchronized void stop() {
    if (current != null) {
      current.destroy();
      current = null;
    }
  }

  @Override
  public synchronized boolean speaking() {
    if (current != null && !current.isAlive()) {
      current = null;
    }
    return current != null;
  }
}
