package fr.guichet.app;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The log (slf4j-simple): its format for every command, and for the terminal interface the log and
 * anything written to standard error into {@code guichet.log} in the data directory, so that
 * nothing but the interface is ever drawn on the terminal.
 */
final class LogFile {
  static final String FILE_NAME = "guichet.log";

  private LogFile() {}

  /**
   * The log's format, and libraries' progress lines (Flyway's "Migrating schema…") kept off the
   * console. Runs first thing in {@link Main#run}: the first logger is made while the commands are
   * built (a command's defaults may name a class that logs), and its settings are read only then.
   */
  static void configure() {
    setIfAbsent("org.slf4j.simpleLogger.logFile", "System.err");
    setIfAbsent("org.slf4j.simpleLogger.showDateTime", "true");
    setIfAbsent("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSZ");
    setIfAbsent("org.slf4j.simpleLogger.showThreadName", "false");
    setIfAbsent("org.slf4j.simpleLogger.log.org.flywaydb", "warn");
  }

  private static void setIfAbsent(String property, String value) {
    if (System.getProperty(property) == null) {
      System.setProperty(property, value);
    }
  }

  /** Standard error, and so the log, into {@code guichet.log} (not under systemd). */
  static void redirect(Path dataDirectory) {
    if (System.getenv("JOURNAL_STREAM") != null) {
      return; // started by systemd with standard error to the journal (the kiosk unit)
    }
    try {
      System.setErr(new PrintStream(
          new FileOutputStream(dataDirectory.resolve(FILE_NAME).toFile(), true), true,
          StandardCharsets.UTF_8));
    } catch (IOException e) {
      System.setErr(new PrintStream(PrintStream.nullOutputStream()));
    }
  }
}
