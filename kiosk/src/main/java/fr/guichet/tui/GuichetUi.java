package fr.guichet.tui;

import fr.guichet.store.StoreException;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.BasicWindow;
import com.googlecode.lanterna.gui2.BorderLayout;
import com.googlecode.lanterna.gui2.Component;
import com.googlecode.lanterna.gui2.Direction;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.LinearLayout;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.gui2.Window;
import com.googlecode.lanterna.gui2.WindowBasedTextGUI;
import com.googlecode.lanterna.gui2.WindowListenerAdapter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The terminal interface: one full-screen window whose body is the current {@link Screen}, a
 * footer with the keys, global keys, the kiosk's idle countdown, and the one place where errors
 * are caught (a French message on screen, an English line in the log, the session kept safe).
 * Navigation between screens is in {@link Flow}.
 */
public final class GuichetUi {
  private static final Logger LOG = LoggerFactory.getLogger(GuichetUi.class);
  static final String UNEXPECTED =
      "Une erreur inattendue est survenue. Les réponses déjà validées sont enregistrées.";

  private final WindowBasedTextGUI gui;
  private final TuiSettings settings;
  private final TuiServices services;
  private final BasicWindow window;
  private final Panel root = new Panel(new BorderLayout());
  private final Label alert = new Label("");
  private final Label keys = new Label("");
  private final IdleTimer idle;
  private final Flow flow;
  private final DeskAccess access;
  private Screen current;
  private boolean counting;
  private int shownColumns;
  private boolean running = true;
  private String language = fr.guichet.i18n.AppTexts.FRENCH;
  private boolean toldNoSpeech;

  public GuichetUi(WindowBasedTextGUI gui, TuiSettings settings, TuiServices services) {
    this.gui = gui;
    this.settings = settings;
    this.services = services;
    this.idle = new IdleTimer(services.clock(), settings.idleTimeout());
    this.flow = new Flow(this);
    this.access = new DeskAccess(this);
    if (settings.highContrast()) {
      gui.setTheme(Themes.highContrast());
    }
    window = new BasicWindow(settings.kiosk() ? "Guichet — borne libre-service" : "Guichet");
    window.setHints(List.of(Window.Hint.FULL_SCREEN));
    Panel footer = new Panel(new LinearLayout(Direction.VERTICAL));
    footer.addComponent(Themes.error(alert, settings.highContrast()));
    footer.addComponent(keys);
    root.addComponent(footer, BorderLayout.Location.BOTTOM);
    window.setComponent(root);
    window.addWindowListener(new Keys());
  }

  /**
   * Shows the first screen: the welcome screen at a kiosk, the login screen at a desk (replaced by
   * the first-start setup on the first tick when no account exists yet).
   */
  public void start() {
    gui.addWindow(window);
    flow.home();
  }

  /** Desk: opens a saved session (guichet resume CODE) once the agent has logged in. */
  public void startOnCode(String typedCode) {
    access.openAfterLogin(typedCode);
    start();
  }

  public boolean running() {
    return running;
  }

  /** Called once the keys just read have been handled (their screens drawn). */
  void keyHandled() {
    if (!counting) {
      idle.touch();
    }
  }

  /** Called by the loop a few times a second: lease heartbeat, kiosk countdown and wipe. */
  public void tick() {
    access.checkFirstStartOnce();
    flow.heartbeat(services.clock().millis());
    if (columns() != shownColumns) {
      shownColumns = columns();
      current.relayout(shownColumns);
      Screen.wrap(keys, shownColumns);
    }
    if (!settings.kiosk()) {
      access.lockIfIdle();
    }
    if (!settings.kiosk() || !current.personal()) {
      idle.touch();
      hideCountdown();
      return;
    }
    long left = idle.remainingMillis();
    if (left <= 0) {
      LOG.info("Idle timeout on terminal {}: screen wiped", settings.terminalId());
      hideCountdown();
      flow.leave();
    } else if (left <= settings.countdown().toMillis()) {
      counting = true;
      alert.setText(texts().get("idle.alert", idle.remainingSeconds()));
    }
  }

  void show(Screen screen) {
    if (current != null) {
      root.removeComponent(current.panel);
    }
    current = screen;
    Component body = screen.component(columns());
    root.addComponent(body, BorderLayout.Location.CENTER);
    alert.setLabelWidth(Math.max(20, columns()));
    keys.setText(settings.kiosk() ? screen.keys() + "   " + texts().get("keys.listen") : screen.keys());
    Screen.wrap(keys, columns());
    window.setFocusedInteractable(screen.focus());
    window.invalidate();
  }

  Screen current() {
    return current;
  }

  TuiSettings settings() {
    return settings;
  }

  /** The language the screens speak now: the person's at a kiosk, French at a desk until switched. */
  String language() {
    return language;
  }

  fr.guichet.i18n.AppTexts texts() {
    return fr.guichet.i18n.AppTexts.of(language);
  }

  /** Speaks another language from the next screen drawn on. */
  void useLanguage(String newLanguage) {
    language = newLanguage;
    if (settings.kiosk()) {
      window.setTitle(texts().get("window.kiosk"));
    }
  }

  TuiServices services() {
    return services;
  }

  Flow flow() {
    return flow;
  }

  DeskAccess access() {
    return access;
  }

  /** Width available for text inside the window. */
  int columns() {
    TerminalSize size = gui.getScreen().getTerminalSize();
    return size.getColumns() - 4;
  }

  /** Height available for the body (lists get what remains under the title and above the footer). */
  int rows() {
    return gui.getScreen().getTerminalSize().getRows() - 5;
  }

  void quit() {
    flow.leaveQuietly();
    running = false;
    window.close();
  }

  /**
   * Runs an action; an environment failure shows its French message on the current screen (what
   * was typed stays), anything unexpected is logged and the person is taken back to safety.
   *
   * @return whether the action completed
   */
  boolean guarded(String what, Runnable action) {
    try {
      action.run();
      return true;
    } catch (StoreException e) {
      LOG.warn("{} failed on terminal {} (session {}): {}", what, settings.terminalId(),
          flow.sessionLogId(), e.getMessage());
      current.showError(e.userMessage());
    } catch (SetupException e) {
      LOG.warn("{} failed on terminal {}: {}", what, settings.terminalId(), e.getMessage());
      current.showError(e.userMessage());
    } catch (RuntimeException e) {
      recover(what, e);
    }
    return false;
  }

  /**
   * The last resort for anything unexpected: one English log line (no message: it may quote what
   * was typed), the session closed with its confirmed answers, a French notice on screen.
   */
  public void recover(String what, RuntimeException e) {
    LOG.error("{} failed on terminal {} (session {}): {} at {}", what, settings.terminalId(),
        flow.sessionLogId(), e.getClass().getName(), where(e));
    flow.leaveQuietly();
    show(new NoticeScreen(this, texts().get("error.unexpected")));
  }

  /** Where an exception came from, without its message (which may quote what was typed). */
  static String where(Throwable e) {
    StackTraceElement[] trace = e.getStackTrace();
    return trace.length == 0 ? "?" : trace[0].toString();
  }

  /**
   * F5: reads the current screen aloud in its language (F5 again stops). Without espeak-ng the
   * first press says so; the next ones do nothing.
   */
  private void readAloud() {
    if (services.speech().speaking()) {
      services.speech().stop();
    } else if (!services.speech().available()) {
      if (!toldNoSpeech) {
        toldNoSpeech = true;
        LOG.info("Read aloud asked on terminal {}: espeak-ng not installed", settings.terminalId());
        current.showInfo(texts().get("listen.absent"));
      }
    } else {
      services.speech().say(current.spoken(), language);
    }
  }

  private void hideCountdown() {
    if (counting) {
      counting = false;
      alert.setText("");
    }
  }

  /** Global keys, before the focused component sees them. */
  private final class Keys extends WindowListenerAdapter {
    @Override
    public void onInput(Window w, KeyStroke key, AtomicBoolean deliver) {
      if (KeyFilter.blocked(key)) {
        deliver.set(false);
        return;
      }
      idle.touch();
      access.touch();
      if (counting) {
        hideCountdown();
        deliver.set(false);
        return;
      }
      if (key.getKeyType() == KeyType.F5) {
        deliver.set(false);
        guarded("read aloud", GuichetUi.this::readAloud);
        return;
      }
      if (services.speech().speaking()) {
        services.speech().stop();              // any key stops the reading, then does its work
      }
      if (key.getKeyType() == KeyType.F8 && !settings.kiosk()) {
        deliver.set(false);
        guarded("switch language", flow::switchLanguage);
        return;
      }
      if (key.getKeyType() == KeyType.F12) {
        deliver.set(false);
        guarded("exit request", flow::exitRequested);
        return;
      }
      AtomicBoolean consumed = new AtomicBoolean();
      if (!guarded("key " + key.getKeyType(), () -> consumed.set(current.onKey(key)))
          || consumed.get()) {
        deliver.set(false);
      }
    }

    @Override
    public void onResized(Window w, TerminalSize oldSize, TerminalSize newSize) {
      current.relayout(columns());
      Screen.wrap(keys, columns());
    }
  }
}
