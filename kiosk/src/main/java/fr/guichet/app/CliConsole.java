package fr.guichet.app;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Lines and passwords typed at the command line: from the terminal without echo when there is
 * one, else one line each from standard input (scripts, tests). Prompts go to standard error,
 * so standard output stays clean for exports.
 */
final class CliConsole {
  private final Console console;
  private final BufferedReader stdin;
  private final PrintWriter prompts;

  private CliConsole(Console console, BufferedReader stdin, PrintWriter prompts) {
    this.console = console;
    this.stdin = stdin;
    this.prompts = prompts;
  }

  static CliConsole system(PrintWriter prompts) {
    return new CliConsole(System.console(), new BufferedReader(
        new InputStreamReader(System.in, StandardCharsets.UTF_8)), prompts);
  }

  boolean interactive() {
    return console != null;
  }

  /** A line, or null at the end of input. */
  String readLine(String prompt) {
    if (console != null) {
      return console.readLine("%s", prompt);
    }
    return stdinLine();
  }

  /** A secret without echo, or null at the end of input. */
  char[] readSecret(String prompt) {
    if (console != null) {
      return console.readPassword("%s", prompt);
    }
    String line = stdinLine();
    return line == null ? null : line.toCharArray();
  }

  /**
   * A new password: typed twice on a terminal (null if the two differ, after saying so), read
   * once from standard input otherwise.
   */
  char[] readNewPassword(String prompt) {
    char[] first = readSecret(prompt);
    if (first == null || console == null) {
      return first;
    }
    char[] again = readSecret("Confirmez : ");
    if (again == null || !Arrays.equals(first, again)) {
      prompts.println("Les deux saisies diffèrent.");
      return null;
    }
    Arrays.fill(again, '\0');
    return first;
  }

  private String stdinLine() {
    try {
      return stdin.readLine();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The configured {@code poste}, else this machine's name as a terminal id ({@code cli-<host>}). */
  static String terminalId() {
    java.util.Optional<String> configured = Configured.config().poste();
    if (configured.isPresent()) {
      return configured.get();
    }
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      host = "inconnu";
    }
    String safe = host.replaceAll("[^A-Za-z0-9._-]", "");
    String id = "cli-" + (safe.isEmpty() ? "inconnu" : safe);
    return id.length() > 64 ? id.substring(0, 64) : id;
  }
}
