package fr.guichet.tui;

import fr.guichet.store.DataDirectory;
import fr.guichet.store.StoreSettings;
import fr.guichet.store.account.PasswordHasher;
import fr.guichet.eligibility.EligibilityEngine;
import fr.guichet.eligibility.interview.SituationCheck;
import fr.guichet.session.SessionService;
import fr.guichet.session.SummaryPrinter;
import fr.guichet.store.Stores;
import fr.guichet.store.sqlite.SqliteStores;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.MultiWindowTextGUI;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import fr.guichet.access.AccessPolicy;
import fr.guichet.access.AccountService;
import fr.guichet.access.Agent;
import fr.guichet.access.Role;
import fr.guichet.script.CommuneResolver;
import fr.guichet.script.Script;
import fr.guichet.script.load.ScriptLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Drives the real interface on Lanterna's virtual terminal, on this thread: keys in, screen text
 * out, a clock moved by hand. The store is a real SQLite store in a temporary folder.
 */
final class ScreenDriver implements AutoCloseable {
  static final CommuneResolver NO_COMMUNES = new CommuneResolver() {
    @Override
    public List<Found> resolve(String typed) {
      return List.of();
    }

    @Override
    public Found byCode(String inseeCode) {
      return null;
    }
  };

  final DefaultVirtualTerminal terminal;
  final MultiWindowTextGUI gui;
  final MovableClock clock = new MovableClock();
  final Stores store;
  final GuichetUi ui;
  final AccountService accounts;

  /** Test accounts' password (fast hashing in tests). */
  static final String PASSWORD = "correct-horse-battery";
  static final String RESPONSABLE = "chef";

  /** A desk where the mediator m.durand is already logged in, or a kiosk. */
  ScreenDriver(Path data, TuiSettings settings, int columns, int rows) throws IOException {
    this(data, settings, columns, rows, null);
  }

  ScreenDriver(Path data, TuiSettings settings, int columns, int rows, Stores storeOverride)
      throws IOException {
    this(data, settings, columns, rows, storeOverride, settings.kiosk() ? null : Role.MEDIATEUR);
    if (!settings.kiosk()) {
      logIn("m.durand", PASSWORD);
    }
  }

  /**
   * @param loginAs desk: creates the responsable {@value #RESPONSABLE} and an account
   *     {@code m.durand} with this role before the first screen; null creates no account
   */
  ScreenDriver(Path data, TuiSettings settings, int columns, int rows, Stores storeOverride,
      Role loginAs) throws IOException {
    this(data, settings, columns, rows, storeOverride, loginAs, testScript());
  }

  /** With another script than the screens' test script (the shipped interview, in its languages). */
  ScreenDriver(Path data, TuiSettings settings, int columns, int rows, Stores storeOverride,
      Role loginAs, Script script) throws IOException {
    this(data, settings, columns, rows, storeOverride, loginAs, script, fr.guichet.speech.EspeakSpeech.fromEnvironment());
  }

  /** With another way of reading aloud (a recorder, or an espeak-ng that is not there). */
  ScreenDriver(Path data, TuiSettings settings, int columns, int rows, Stores storeOverride,
      Role loginAs, Script script, fr.guichet.speech.Speech speech) throws IOException {
    terminal = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
    TerminalScreen screen = new TerminalScreen(terminal);
    screen.startScreen();
    gui = new MultiWindowTextGUI(screen);
    store = storeOverride != null ? storeOverride
        : SqliteStores.open(DataDirectory.of(data), clock, StoreSettings.defaults());
    accounts = new AccountService(store.accounts(),
        new PasswordHasher(1_000, new java.security.SecureRandom()), clock);
    if (loginAs != null) {
      accounts.createFirstResponsable(RESPONSABLE, PASSWORD.toCharArray(), "test");
      if (loginAs != Role.RESPONSABLE) {
        accounts.create(new Agent(RESPONSABLE, Role.RESPONSABLE), "m.durand", loginAs,
            PASSWORD.toCharArray(), "test");
      }
    }
    SessionService sessions = new SessionService(store, () -> script, NO_COMMUNES, clock,
        new SituationCheck(EligibilityEngine.withBundledParameters(), i -> List.of()),
        SummaryPrinter.NOT_AVAILABLE, "test", AccessPolicy.defaults());
    ui = new GuichetUi(gui, settings, new TuiServices(() -> sessions, clock,
        new AnswersSummaryView(), () -> accounts, AccessPolicy.defaults(), speech));
    ui.start();
    gui.updateScreen();
    pump();
  }

  /** Types a username and password on the login screen. */
  ScreenDriver logIn(String username, String password) throws IOException {
    return type(username).enter().type(password).enter();
  }

  static TuiSettings desk() {
    return new TuiSettings(Mode.DESK, TuiSettings.DEFAULT_IDLE, TuiSettings.DEFAULT_COUNTDOWN,
        null, false, "accueil-1", TuiSettings.DEFAULT_DESK_LOCK);
  }

  static TuiSettings kiosk() {
    return new TuiSettings(Mode.KIOSK, Duration.ofSeconds(90), Duration.ofSeconds(15), "4321",
        false, "borne-1", TuiSettings.DEFAULT_DESK_LOCK);
  }

  static Script testScript() {
    try (InputStream in = ScreenDriver.class.getResourceAsStream("/tui/test-accueil.yaml")) {
      return new ScriptLoader().parse("test-accueil.yaml",
          new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  ScreenDriver type(String text) throws IOException {
    for (char c : text.toCharArray()) {
      terminal.addInput(new KeyStroke(c, false, false));
    }
    return pump();
  }

  ScreenDriver key(KeyType type) throws IOException {
    terminal.addInput(new KeyStroke(type));
    return pump();
  }

  ScreenDriver ctrl(char c) throws IOException {
    terminal.addInput(new KeyStroke(c, true, false));
    return pump();
  }

  ScreenDriver enter() throws IOException {
    return key(KeyType.Enter);
  }

  /** Handles every queued key, runs the timers, redraws. */
  ScreenDriver pump() throws IOException {
    while (gui.processInput()) {
      // drain
    }
    ui.tick();
    gui.updateScreen();
    return this;
  }

  ScreenDriver resize(int columns, int rows) throws IOException {
    terminal.setTerminalSize(new TerminalSize(columns, rows));
    gui.updateScreen();
    return pump();
  }

  /** The screen as text, one line per row. */
  String screen() {
    TerminalSize size = terminal.getTerminalSize();
    StringBuilder sb = new StringBuilder();
    for (int row = 0; row < size.getRows(); row++) {
      for (int col = 0; col < size.getColumns(); col++) {
        sb.append(terminal.getCharacter(new TerminalPosition(col, row)).getCharacterString());
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  @Override
  public void close() {
    store.close();
  }

  /** A clock the test moves by hand. */
  static final class MovableClock extends fr.guichet.testing.HandClock {}
}
