package fr.guichet.tui.bench;

import com.googlecode.lanterna.gui2.BasicWindow;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.MultiWindowTextGUI;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import java.nio.charset.StandardCharsets;

/** Start-up baseline: a bare Lanterna window with one label (then waits to be killed). */
public final class BareLanterna {
  private BareLanterna() {}

  public static void main(String[] args) throws Exception {
    DefaultTerminalFactory factory =
        new DefaultTerminalFactory(System.out, System.in, StandardCharsets.UTF_8);
    factory.setForceTextTerminal(true);
    TerminalScreen screen = new TerminalScreen(factory.createTerminal());
    screen.startScreen();
    MultiWindowTextGUI gui = new MultiWindowTextGUI(screen);
    BasicWindow window = new BasicWindow("Banc");
    window.setComponent(new Label("Bonjour Lanterna"));
    gui.addWindow(window);
    gui.updateScreen();
    Thread.sleep(60_000);
  }
}
