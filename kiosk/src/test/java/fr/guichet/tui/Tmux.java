package fr.guichet.tui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A private tmux server (its own socket, no user configuration) running the real application in
 * a real pseudo-terminal: keys in with send-keys, the screen out with capture-pane, polled, never
 * slept on.
 */
public final class Tmux implements AutoCloseable {
  private static final Duration DEFAULT_WAIT = Duration.ofSeconds(20);

  private static final java.util.concurrent.atomic.AtomicInteger SERVERS =
      new java.util.concurrent.atomic.AtomicInteger();

  /** One private server per instance: a server being shut down is never reused. */
  private final String socket =
      "guichet-test-" + ProcessHandle.current().pid() + "-" + SERVERS.incrementAndGet();
  private String target;
  private boolean serverUp;

  /**
   * Starts {@code command} in a new session of the given size, under a shell that waits for it
   * and then prints its exit status ({@code EXIT=n}). A placeholder session keeps the server up
   * between runs. (The shell, not tmux, reaps the application: a tmux server started from a JVM
   * may inherit a signal mask that keeps it from seeing its children exit.)
   */
  public void start(String name, int columns, int rows, String command) {
    if (!serverUp) {
      run("new-session", "-d", "-s", "keep", "sleep 3600");
      serverUp = true;
    }
    target = name;
    run("new-session", "-d", "-s", name, "-x", String.valueOf(columns), "-y", String.valueOf(rows),
        command + "; echo EXIT=$?; sleep 600");
  }

  /** Ends the current session (its shell and whatever still runs in it), so long runs do not pile them up. */
  public void endSession() {
    run("kill-session", "-t", target);
  }

  /** Key names as tmux knows them: Enter, Escape, F10, Up, C-c... */
  public void keys(String... keys) {
    List<String> args = new ArrayList<>(List.of("send-keys", "-t", target));
    args.addAll(List.of(keys));
    run(args.toArray(String[]::new));
  }

  /** Literal text, accents included. */
  public void type(String text) {
    run("send-keys", "-t", target, "-l", text);
  }

  /** Resizes the window, as a person dragging the terminal's corner would. */
  public void resize(int columns, int rows) {
    run("resize-window", "-t", target, "-x", String.valueOf(columns), "-y", String.valueOf(rows));
  }

  /** The pane's title, which an OSC escape sequence reaching the terminal would change. */
  public String title() {
    return run("display-message", "-p", "-t", target, "#{pane_title}").strip();
  }

  public String screen() {
    return run("capture-pane", "-p", "-t", target);
  }

  /** Waits until the screen contains {@code text}; fails with the screen shown. */
  public String waitFor(String text) {
    return waitFor(Pattern.compile(Pattern.quote(text))).group();
  }

  /** Waits until the screen matches {@code pattern} and returns the match. */
  public Matcher waitFor(Pattern pattern) {
    long deadline = System.nanoTime() + DEFAULT_WAIT.toNanos();
    String screen = "";
    while (System.nanoTime() < deadline) {
      screen = screen();
      Matcher m = pattern.matcher(screen);
      if (m.find()) {
        return m;
      }
      pause();
    }
    throw new AssertionError("Timed out waiting for «" + pattern + "». Screen:\n" + screen);
  }

  /** Waits until the screen contains every one of {@code texts} (a screen is drawn in parts). */
  public String waitForAll(String... texts) {
    long deadline = System.nanoTime() + DEFAULT_WAIT.toNanos();
    String screen = "";
    while (System.nanoTime() < deadline) {
      screen = screen();
      String current = screen;
      if (java.util.Arrays.stream(texts).allMatch(current::contains)) {
        return screen;
      }
      pause();
    }
    throw new AssertionError("Timed out waiting for " + java.util.Arrays.toString(texts)
        + ". Screen:\n" + screen);
  }

  /**
   * From the kiosk's welcome screen to the first question: keep the answers for later, share them
   * with the CCAS or not, past the introduction.
   */
  public void beginKioskInterview(boolean share) {
    keys("1");
    waitFor("Avant de commencer : vos données");
    keys("1");
    waitFor("partager avec le CCAS ?");
    keys(share ? "1" : "2");
    waitFor("Nous allons vous poser");
    keys("Enter");
  }

  /** Waits until the application has exited and returns its exit status. */
  public int waitForExit() {
    return Integer.parseInt(waitFor(Pattern.compile("EXIT=(\\d+)")).group(1));
  }

  /** Sends SIGKILL to the application and waits until its shell has seen it die. */
  public void killApplication() {
    ProcessHandle app = process();
    app.destroyForcibly();
    assertKilled(waitForExit());
  }

  private static void assertKilled(int status) {
    if (status != 128 + 9) {
      throw new AssertionError("expected death by SIGKILL (137), got " + status);
    }
  }

  /** The application: the java process under the pane's shell. */
  public ProcessHandle process() {
    long shell = Long.parseLong(run("display-message", "-p", "-t", target, "#{pane_pid}").strip());
    return ProcessHandle.of(shell).orElseThrow().children()
        .filter(p -> p.info().command().orElse("").contains("java")).findFirst()
        .orElseThrow(() -> new AssertionError("no java process in the pane"));
  }

  @Override
  public void close() {
    try {
      new ProcessBuilder("tmux", "-L", socket, "kill-server").start().waitFor(5, TimeUnit.SECONDS);
    } catch (IOException | InterruptedException e) {
      // nothing left to clean
    }
  }

  public static boolean installed() {
    try {
      return new ProcessBuilder("tmux", "-V").start().waitFor() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  private String run(String... args) {
    List<String> command = new ArrayList<>(List.of("tmux", "-L", socket, "-f", "/dev/null"));
    command.addAll(List.of(args));
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new AssertionError("tmux " + String.join(" ", args) + " failed: " + out);
      }
      return out;
    } catch (IOException e) {
      throw new AssertionError("tmux is needed for this test (apt-get install -y tmux)", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static void pause() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
