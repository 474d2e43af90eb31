package fr.guichet.app;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Sends the log (slf4j-simple) and anything written to standard error into {@code guichet.log}
 * in the data directory, so that nothing but the interface is ever drawn on the terminal. Must run
 * before the first logger is created.
 */
final class LogFile {
  static final String FILE_NAME = "guichet.log";

  private LogFile() {}

  static void redirect(Path dataDirectory) {
    System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
    System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSZ");
    System.setProperty("org.slf4j.simpleLogger.showThreadName", "false");
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
