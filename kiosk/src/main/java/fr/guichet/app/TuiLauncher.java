package fr.guichet.app;

import fr.guichet.store.Actor;
import fr.guichet.store.DataDirectory;
import fr.guichet.store.StoreException;
import fr.guichet.store.StoreSettings;
import fr.guichet.store.account.PasswordHasher;
import fr.guichet.session.SessionService;
import fr.guichet.store.Stores;
import fr.guichet.store.Stores;
import fr.guichet.store.sqlite.SqliteStores;
import fr.guichet.access.AccessPolicy;
import fr.guichet.access.AccountService;
import fr.guichet.commune.DirectoryCommuneResolver;
import fr.guichet.privacy.RetentionPolicy;
import fr.guichet.script.CommuneResolver;
import fr.guichet.script.Script;
import fr.guichet.script.load.ScriptLoadException;
import fr.guichet.script.load.ScriptLoader;
import fr.guichet.print.PaperFormat;
import fr.guichet.tui.Mode;
import fr.guichet.tui.SetupException;
import fr.guichet.tui.SummaryResultsView;
import fr.guichet.tui.TerminalRunner;
import fr.guichet.tui.TuiServices;
import fr.guichet.tui.TuiSettings;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.slf4j.LoggerFactory;

/**
 * Wires the terminal interface: data directory and log file, the store and the script opened in
 * the background while the welcome screen is drawn, the commune directory, the clock.
 */
final class TuiLauncher {
  /** Environment variable with the kiosk operator's PIN (preferred to the option: not in ps). */
  static final String PIN_VARIABLE = "GUICHET_OPERATOR_PIN";
  static final String TERMINAL_VARIABLE = "GUICHET_POSTE";

  private TuiLauncher() {}

  /**
   * Runs the terminal interface, at a kiosk or a desk; {@code idle} null for the default idle
   * time, {@code resumeCode} (desk) a session to open once the agent has logged in.
   */
  static int launch(InterfaceOptions options, boolean kiosk, Duration idle, String pin,
      String resumeCode) {
    Mode mode = kiosk ? Mode.KIOSK : Mode.DESK;
    if (idle == null) {
      idle = TuiSettings.DEFAULT_IDLE;
    }
    PrintStream terminalErr = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    DataDirectory dir = DataDirectory.resolve(options.data);
    try {
      dir.ensureUsable();
    } catch (StoreException e) {
      terminalErr.println(e.userMessage());
      return 1;
    }
    LogFile.redirect(dir.path());
    Clock clock = Clock.systemDefaultZone();
    Background<Stores> store =
        new Background<>(() -> Configured.open(Configured.store(options.data), clock,
            StoreSettings.defaults()));
    Background<Script> script = new Background<>(() -> loadScript(options));
    Background<CommuneResolver> communes = new Background<>(DirectoryCommuneResolver::bundled);
    TuiSettings settings = new TuiSettings(mode, idle, TuiSettings.DEFAULT_COUNTDOWN,
        pin != null ? pin : System.getenv(PIN_VARIABLE), options.highContrast,
        terminalId(options.terminalId), TuiSettings.DEFAULT_DESK_LOCK);
    SummaryPrintAction printing = SummaryPrintAction.bundled(dir, store,
        options.printer != null ? options.printer : Configured.config().printer().orElse(null),
        mode == Mode.KIOSK, clock);
    CommuneResolver lateCommunes = new LateCommunes(communes);
    Background<SessionService> sessions = new Background<>(() -> SessionServices.of(store.get(),
        script, lateCommunes, clock, printing));
    Supplier<AccountService> accounts = () -> new AccountService(store.get().accounts(),
        new PasswordHasher(), clock);
    TuiServices services = new TuiServices(sessions, clock,
        new SummaryResultsView(printing::maker), accounts, AccessPolicy.defaults());
    try {
      TerminalRunner.run(settings, services, resumeCode, () -> {
        store.start();
        store.whenReady(s -> purgeAtStart(s, clock, settings.terminalId()));
        script.start();
        communes.start();
        CompletableFuture.runAsync(printing::maker);
      });
      return 0;
    } catch (IOException e) {
      LoggerFactory.getLogger(TuiLauncher.class).error("No terminal to draw on: {}", e.toString());
      terminalErr.println("Guichet doit être lancé dans un terminal (console, xterm ou tmux).");
      return 1;
    } finally {
      store.whenReady(Stores::close);
    }
  }

  /** Retention purge in the background once the store is open; counts only are logged. */
  private static void purgeAtStart(Stores store, Clock clock, String terminalId) {
    try {
      RetentionPolicy.defaults().purgeAtStart(store.personal(), clock, terminalId);
    } catch (RuntimeException e) {
      LoggerFactory.getLogger(TuiLauncher.class).warn("Retention purge at start failed: {}",
          e.getClass().getName());
    }
  }

  static Script loadScript(InterfaceOptions options) {
    ScriptLoader loader = new ScriptLoader();
    try {
      if (options.script != null) {
        return loader.load(Path.of(options.script));
      }
      return loader.loadBundled(ScriptLoader.DEFAULT_SCRIPT);
    } catch (ScriptLoadException e) {
      throw new SetupException("Le questionnaire contient des erreurs : " + e.problems().get(0)
          + ". Vérifiez-le avec l'équipe qui l'a écrit.", "Script refused at load", e);
    } catch (IllegalStateException e) {
      throw new SetupException("Aucun questionnaire n'est installé (" + ScriptLoader.DEFAULT_SCRIPT
          + "). Indiquez un fichier avec --script.", "Bundled script missing", e);
    }
  }

  /**
   * Something slow to open (store, script, commune list), started in the background once the
   * first screen is drawn (so as not to compete with it), or on first use if that comes first.
   */
  private static final class Background<T> implements Supplier<T> {
    private final Supplier<T> task;
    private CompletableFuture<T> future;

    Background(Supplier<T> task) {
      this.task = task;
    }

    synchronized void start() {
      if (future == null) {
        future = CompletableFuture.supplyAsync(task);
      }
    }

    void whenReady(java.util.function.Consumer<T> action) {
      CompletableFuture<T> started;
      synchronized (this) {
        started = future;
      }
      if (started != null) {
        started.thenAccept(action);
      }
    }

    @Override
    public T get() {
      start();
      try {
        return future.join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException cause) {
          throw cause;
        }
        throw e;
      }
    }
  }

  /** The commune directory, loaded in the background, waited for at the first commune question. */
  private record LateCommunes(Background<CommuneResolver> resolver) implements CommuneResolver {
    @Override
    public java.util.List<Found> resolve(String typed) {
      return resolver.get().resolve(typed);
    }

    @Override
    public Found byCode(String inseeCode) {
      return resolver.get().byCode(inseeCode);
    }
  }

  /** --poste, else $GUICHET_POSTE, else the configuration's poste, else the host name, reduced to what the store accepts. */
  static String terminalId(String option) {
    if (option != null && !option.isBlank()) {
      return safeName(option, "poste");
    }
    String env = System.getenv(TERMINAL_VARIABLE);
    if (env != null && !env.isBlank()) {
      return safeName(env, "poste");
    }
    java.util.Optional<String> configured = Configured.config().poste();
    if (configured.isPresent()) {
      return configured.get();
    }
    String host = System.getenv("HOSTNAME");
    if (host == null || host.isBlank()) {
      try {
        host = Files.readString(Path.of("/etc/hostname")).strip();
      } catch (IOException | RuntimeException e) {
        host = "poste";
      }
    }
    return safeName(host, "poste");
  }

  static String safeName(String raw, String fallback) {
    String cleaned = raw == null ? "" : raw.replaceAll("[^\\p{L}\\p{N}._@-]", "");
    if (cleaned.isEmpty()) {
      return fallback;
    }
    return cleaned.length() > 64 ? cleaned.substring(0, 64) : cleaned;
  }
}
