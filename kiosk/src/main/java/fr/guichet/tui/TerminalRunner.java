package fr.guichet.tui;

import com.googlecode.lanterna.gui2.MultiWindowTextGUI;
import com.googlecode.lanterna.gui2.SameTextGUIThread;
import com.googlecode.lanterna.gui2.TextGUIThread;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTTYTerminal;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal.CtrlCBehaviour;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link GuichetUi} in the real terminal: UTF-8 whatever the locale, text terminal only (never
 * a Swing window), Ctrl-C trapped at a kiosk, and a loop on this one thread that reads keys,
 * redraws, and ticks the idle timer.
 */
public final class TerminalRunner {
  private static final Logger LOG = LoggerFactory.getLogger(TerminalRunner.class);
  private static final long IDLE_SLEEP_MILLIS = 2;

  private TerminalRunner() {}

  /**
   * Shows the interface until the person quits (desk) or the operator leaves (kiosk).
   *
   * @param resumeCode a code to open straight away (desk), or null for the welcome screen
   * @param afterFirstScreen started once the first screen is drawn (background loading)
   * @throws IOException when there is no terminal to draw on (no TTY)
   */
  public static void run(TuiSettings settings, TuiServices services, String resumeCode,
      Runnable afterFirstScreen) throws IOException {
    DefaultTerminalFactory factory =
        new DefaultTerminalFactory(System.out, System.in, StandardCharsets.UTF_8);
    factory.setForceTextTerminal(true);
    factory.setUnixTerminalCtrlCBehaviour(
        settings.kiosk() ? CtrlCBehaviour.TRAP : CtrlCBehaviour.CTRL_C_KILLS_APPLICATION);
    Terminal terminal = factory.createTerminal();
    if (terminal instanceof UnixLikeTTYTerminal) {
      noSignalKeys(settings.kiosk());
    }
    TerminalScreen screen = new TerminalScreen(terminal);
    screen.startScreen();
    screen.setCursorPosition(null);
    try {
      MultiWindowTextGUI gui = new MultiWindowTextGUI(new SameTextGUIThread.Factory(), screen);
      GuichetUi ui = new GuichetUi(gui, settings, services);
      if (resumeCode == null) {
        ui.start();
      } else {
        ui.startOnCode(resumeCode);
      }
      gui.updateScreen();
      traceStartup();
      afterFirstScreen.run();
      loop(gui.getGUIThread(), ui);
    } finally {
      screen.stopScreen();
    }
  }

  /**
   * Lanterna's TRAP only catches SIGINT: Ctrl-\ still makes the JVM print a thread dump on the
   * screen and Ctrl-Z still suspends it, and Ctrl-S freezes the display everywhere. So the kiosk
   * turns signal keys off in the terminal driver (they then arrive as Ctrl keys, which
   * {@link KeyFilter} drops) and both modes turn flow control off. Lanterna restores the saved
   * settings on exit.
   */
  private static void noSignalKeys(boolean kiosk) throws IOException {
    String flags = kiosk ? "-isig -ixon" : "-ixon";
    try {
      Process stty = new ProcessBuilder("/bin/sh", "-c", "stty " + flags + " < /dev/tty")
          .redirectErrorStream(true).start();
      stty.getInputStream().readAllBytes();
      if (stty.waitFor() != 0) {
        throw new IOException("stty " + flags + " failed with status " + stty.exitValue());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while setting the terminal", e);
    }
  }

  private static void loop(TextGUIThread thread, GuichetUi ui) throws IOException {
    while (ui.running()) {
      boolean busy;
      try {
        busy = thread.processEventsAndUpdate();
        if (busy) {
          // The idle time counts from when a key's work ended: a slow disk is not the person's
          // inactivity.
          ui.keyHandled();
        }
        ui.tick();
      } catch (EOFException e) {
        LOG.info("Terminal closed (end of input): leaving");
        ui.quit();
        return;
      } catch (RuntimeException e) {
        ui.recover("event loop", e);
        busy = true;
      }
      if (!busy) {
        sleep();
      }
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(IDLE_SLEEP_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** With -Dguichet.trace.startup, logs JVM start to first screen (for the start-up benchmark). */
  private static void traceStartup() {
    if (Boolean.getBoolean("guichet.trace.startup")) {
      ProcessHandle.current().info().startInstant().ifPresent(start -> LOG.info(
          "First screen drawn {} ms after JVM start",
          System.currentTimeMillis() - start.toEpochMilli()));
    }
  }
}
