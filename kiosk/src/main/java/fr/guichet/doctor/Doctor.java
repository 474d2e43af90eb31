package fr.guichet.doctor;

import fr.guichet.store.DataDirectory;
import java.time.Clock;
import java.util.List;

/**
 * What an installer runs after setting up a machine: every check Guichet needs from it, each
 * one line, OK or a French sentence saying what to do.
 */
public final class Doctor {
  private final DataDirectory dir;
  private final String user;
  private final Clock clock;

  private final Finding serverStore;

  public Doctor(DataDirectory dir, String user, Clock clock) {
    this(dir, user, clock, null);
  }

  /**
   * A doctor for a terminal whose store is a database server: {@code serverStore} (the server's
   * reachability, found by the caller) replaces the check of a SQLite file.
   */
  public Doctor(DataDirectory dir, String user, Clock clock, Finding serverStore) {
    this.dir = dir;
    this.user = user;
    this.clock = clock;
    this.serverStore = serverStore;
  }

  /** Runs every check; {@code printer} may be null for the system's default queue. */
  public List<Finding> run(String printer, boolean interactive, String nativeEncoding) {
    FileChecks files = new FileChecks(dir, user);
    StoreCheck store = new StoreCheck(dir, user);
    SystemChecks system = new SystemChecks(clock);
    return List.of(
        files.dataDirectory(),
        files.keyFile(),
        serverStore != null ? serverStore : store.store(),
        system.printer(printer),
        system.terminal(interactive, nativeEncoding),
        system.clock(store.lastWrite()),
        files.freeDisk());
  }
}
