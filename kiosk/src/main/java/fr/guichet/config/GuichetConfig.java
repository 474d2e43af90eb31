package fr.guichet.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What one configuration file says (every part optional: what it leaves out keeps the embedded
 * default). Read by {@link ConfigFile}; the keys are those of {@code packaging/etc/guichet.yaml}.
 *
 * @param file the file it was read from, empty for the embedded defaults
 * @param site the place, shown in the audit and in "who has this session open"
 * @param poste this terminal's name
 * @param store the store to open
 * @param keyFile the key file (the same on every site of one network)
 * @param printer the CUPS queue for summaries
 * @param kioskIdle how long a kiosk waits without a key before wiping the screen
 */
public record GuichetConfig(Optional<Path> file, Optional<String> site, Optional<String> poste,
    Optional<StoreSpec> store, Optional<Path> keyFile, Optional<String> printer,
    Optional<Duration> kioskIdle) {

  /** The embedded defaults: site {@code local}, SQLite in the data directory, default printer. */
  public static final GuichetConfig DEFAULTS = new GuichetConfig(Optional.empty(),
      Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
      Optional.empty());

  public GuichetConfig {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(poste, "poste");
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(keyFile, "keyFile");
    Objects.requireNonNull(printer, "printer");
    Objects.requireNonNull(kioskIdle, "kioskIdle");
  }

  /** Where this configuration comes from, for messages. */
  public String source() {
    return file.map(Path::toString).orElse("valeurs par défaut intégrées");
  }
}
