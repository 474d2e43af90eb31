package fr.guichet.store;

import fr.guichet.store.key.KeyFile;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;

/**
 * The folder that holds the database, the key file, kept PDFs and logs.
 *
 * <p>Chosen by one rule for every command: {@code --data DIR} if given, else the environment
 * variable {@value #ENV_VARIABLE}, else {@code $XDG_DATA_HOME/guichet}, else
 * {@code $HOME/.local/share/guichet}. The home is the process's {@code $HOME}, not the account's
 * passwd entry (Java's {@code user.home}): a harness or a second user that sets {@code HOME} must
 * never open someone else's database.
 */
public final class DataDirectory {
  /** The environment variable naming the data directory. */
  public static final String ENV_VARIABLE = "GUICHET_DATA";
  /** Database file name inside the directory. */
  public static final String DATABASE_FILE = "guichet.db";

  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rwx------");

  private final Path path;
  private final Path databaseFile;
  private final Path keyFile;

  private DataDirectory(Path path) {
    this(path, null, null);
  }

  private DataDirectory(Path path, Path databaseFile, Path keyFile) {
    this.path = path.toAbsolutePath().normalize();
    this.databaseFile = databaseFile != null ? databaseFile.toAbsolutePath().normalize()
        : this.path.resolve(DATABASE_FILE);
    this.keyFile = keyFile != null ? keyFile.toAbsolutePath().normalize()
        : this.path.resolve(KeyFile.FILE_NAME);
  }

  /**
   * The folder of a SQLite file named by the configuration ({@code store.url: sqlite:FILE}), with
   * the key file it names ({@code key_file}), or the key beside the database when null.
   */
  public static DataDirectory forDatabase(Path databaseFile, Path keyFile) {
    Path absolute = databaseFile.toAbsolutePath().normalize();
    return new DataDirectory(absolute.getParent(), absolute,
        keyFile != null ? keyFile : absolute.resolveSibling(KeyFile.FILE_NAME));
  }

  /** A data directory at an explicit place (tests, {@code --data}). */
  public static DataDirectory of(Path path) {
    return new DataDirectory(path);
  }

  /**
   * Applies the rule: {@code dataOption} (may be null or blank), else {@code env}'s
   * {@value #ENV_VARIABLE}, else {@code $XDG_DATA_HOME/guichet} (an absolute path, as the XDG
   * specification asks), else {@code $HOME/.local/share/guichet}; {@code accountHome} only when
   * {@code HOME} is unset.
   */
  public static DataDirectory resolve(String dataOption, Map<String, String> env, Path accountHome) {
    if (present(dataOption)) {
      return new DataDirectory(Path.of(dataOption));
    }
    String fromEnv = env.get(ENV_VARIABLE);
    if (present(fromEnv)) {
      return new DataDirectory(Path.of(fromEnv));
    }
    String xdg = env.get("XDG_DATA_HOME");
    if (present(xdg) && Path.of(xdg).isAbsolute()) {
      return new DataDirectory(Path.of(xdg).resolve("guichet"));
    }
    String home = env.get("HOME");
    Path base = present(home) ? Path.of(home) : accountHome;
    return new DataDirectory(base.resolve(".local").resolve("share").resolve("guichet"));
  }

  /** The rule applied to this process's environment (its {@code HOME}, not the passwd home). */
  public static DataDirectory resolve(String dataOption) {
    return resolve(dataOption, System.getenv(), Path.of(System.getProperty("user.home")));
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  public Path path() {
    return path;
  }

  public Path databaseFile() {
    return databaseFile;
  }

  public Path keyFile() {
    return keyFile;
  }

  /**
   * Creates the directory (owner-only, 0700) if missing and checks it is a writable directory.
   *
   * @throws StoreException with a French message when that is not possible
   */
  public DataDirectory ensureUsable() {
    try {
      if (!Files.exists(path)) {
        Path parent = path.getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        if (posix()) {
          Files.createDirectory(path, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } else {
          Files.createDirectory(path);
        }
      }
    } catch (IOException | SecurityException e) {
      throw failure("ne peut pas être créé", "cannot be created", e);
    }
    if (!Files.isDirectory(path)) {
      throw failure("n'est pas un dossier", "is not a directory", null);
    }
    if (!Files.isWritable(path)) {
      throw failure("est en lecture seule", "is not writable", null);
    }
    return this;
  }

  public static boolean posix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }

  private StoreException failure(String french, String english, Throwable cause) {
    return new StoreException(
        "Le dossier de données " + path + " " + french
            + ". Vérifiez l'option --data ou la variable " + ENV_VARIABLE + ".",
        "Data directory " + path + " " + english,
        cause);
  }

  @Override
  public String toString() {
    return path.toString();
  }
}
