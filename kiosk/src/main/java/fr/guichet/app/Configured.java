package fr.guichet.app;

import fr.guichet.config.ConfigFile;
import fr.guichet.config.GuichetConfig;
import fr.guichet.config.StoreSpec;
import fr.guichet.store.DataDirectory;
import fr.guichet.store.StoreLocation;
import fr.guichet.store.StoreSettings;
import fr.guichet.store.Stores;
import fr.guichet.store.postgres.PostgresStores;
import fr.guichet.store.sqlite.SqliteStores;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * This process's configuration: the file chosen by {@code --config} (accepted by every command),
 * {@code $GUICHET_CONFIG} or {@value ConfigFile#SYSTEM_FILE}, read once; and the one place where
 * it turns into a store location, a site name, a terminal name.
 *
 * <p>Precedence, for every setting: the command's option, then the environment variable, then
 * the file, then the embedded default. A data folder given by {@code --data} or
 * {@code $GUICHET_DATA} also holds the SQLite store (and its key) unless the file names a
 * PostgreSQL server.
 */
final class Configured {
  private static volatile String option;
  private static volatile GuichetConfig loaded;

  private Configured() {}

  /** Called by picocli for {@code --config FILE} on any command. */
  static synchronized void useFile(String file) {
    option = file;
    loaded = null;
  }

  /** Forgets the option (each in-process run of {@link Main#run} starts afresh). */
  static synchronized void reset() {
    option = null;
    loaded = null;
  }

  /**
   * The configuration in force.
   *
   * @throws fr.guichet.config.ConfigException when the chosen file has problems
   */
  static synchronized GuichetConfig config() {
    if (loaded == null) {
      loaded = ConfigFile.load(ConfigFile.choose(option));
    }
    return loaded;
  }

  /** The file that the rule chooses (empty: embedded defaults), without reading it. */
  static Optional<Path> chosenFile() {
    return ConfigFile.choose(option);
  }

  /** Where the store is, for a command given {@code --data dataOption} (may be null). */
  static StoreLocation store(String dataOption) {
    return store(config(), dataOption, DataDirectory.resolve(dataOption), dataForced(dataOption));
  }

  static StoreLocation store(GuichetConfig config, String dataOption, DataDirectory data,
      boolean dataForced) {
    Optional<StoreSpec> spec = config.store();
    if (spec.isPresent() && spec.get().postgresUrl().isPresent()) {
      StoreSpec s = spec.get();
      return new StoreLocation.Postgres(s.postgresUrl().get(), s.user().orElse(null),
          s.passwordFile().orElse(null), config.keyFile().orElseThrow());
    }
    if (dataForced || spec.isEmpty()) {
      return new StoreLocation.Sqlite(dataForced || config.keyFile().isEmpty() ? data
          : DataDirectory.forDatabase(data.databaseFile(), config.keyFile().get()));
    }
    return new StoreLocation.Sqlite(DataDirectory.forDatabase(spec.get().sqliteFile().get(),
        config.keyFile().orElse(null)));
  }

  private static boolean dataForced(String dataOption) {
    String env = System.getenv(DataDirectory.ENV_VARIABLE);
    return (dataOption != null && !dataOption.isBlank()) || (env != null && !env.isBlank());
  }

  /** Opens the configured store for a command given {@code --data dataOption}. */
  static Stores open(String dataOption, Clock clock) {
    return open(store(dataOption), clock, StoreSettings.defaults());
  }

  static Stores open(StoreLocation location, Clock clock, StoreSettings settings) {
    if (location instanceof StoreLocation.Postgres pg) {
      return PostgresStores.open(pg, clock, settings);
    }
    return SqliteStores.open(((StoreLocation.Sqlite) location).directory(), clock, settings);
  }

  /** {@code $GUICHET_SITE}, else the file's {@code site}, else {@code local}. */
  static String site() {
    String env = System.getenv(SessionServices.SITE_VARIABLE);
    if (env != null && !env.isBlank()) {
      return TuiLauncher.safeName(env, SessionServices.DEFAULT_SITE);
    }
    return config().site().orElse(SessionServices.DEFAULT_SITE);
  }
}
