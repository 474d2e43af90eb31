package fr.guichet.app;

/** Keeps libraries' progress lines (Flyway's "Migrating schema…") off an installer's console. */
final class QuietLibraries {
  private QuietLibraries() {}

  /** Must run before the first logger is made; warnings and errors still show. */
  static void apply() {
    if (System.getProperty("org.slf4j.simpleLogger.log.org.flywaydb") == null) {
      System.setProperty("org.slf4j.simpleLogger.log.org.flywaydb", "warn");
    }
    if (System.getProperty("org.slf4j.simpleLogger.log.com.zaxxer.hikari") == null) {
      System.setProperty("org.slf4j.simpleLogger.log.com.zaxxer.hikari", "warn");
    }
  }
}
