package fr.guichet.torture;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The store a torture run is pointed at: the options that make the real jar use it, and how the
 * checker reads it back after a crash. Chosen by {@code GUICHET_TORTURE_STORE} (default
 * {@code sqlite}); a new store adds an implementation here and is tortured the same way.
 */
interface StoreUnderTest {

  /** Options given to every guichet command so it uses this store. */
  List<String> options();

  /** The current answers (key to stored value) of every session, by resume code as printed (e.g. K7M-2QX-9RTD). */
  Map<String, Map<String, String>> answersByCode();

  /** What is wrong with the store's files and audit chain; empty when it is intact. */
  List<String> damage();

  /** Plants sessions last touched long ago, for the retention purge to erase. */
  void plantOldSessions(int count);

  /** The data directory, for commands that need files beside the store. */
  Path directory();

  static StoreUnderTest fromEnvironment(Path work) {
    String name = Optional.ofNullable(System.getenv("GUICHET_TORTURE_STORE")).orElse("sqlite");
    if (name.equals("sqlite")) return new SqliteStoreUnderTest(work.resolve("data"));
    if (name.equals("postgresql")) return new PostgresStoreUnderTest(work.resolve("data"));
    throw new IllegalArgumentException("unknown store for the torture: " + name
        + " (sqlite, postgresql: needs the server of .ci/start-postgres.sh)");
  }
}
