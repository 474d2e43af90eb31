import com.googlecode.lanterna.gui2.BasicWindow;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.MultiWindowTextGUI;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import java.nio.charset.StandardCharsets;

/** Baseline for the installed kiosk's first screen: a bare Lanterna window, then waits. */
public final class BareLanterna {
  public static void main(String[] args) throws Exception {
    DefaultTerminalFactory factory =
        new DefaultTerminalFactory(System.out, System.in, StandardCharsets.UTF_8);
    factory.setForceTextTerminal(true);
    TerminalScreen screen = new TerminalScreen(factory.createTerminal());
    screen.startScreen();
    MultiWindowTextGUI gui = new MultiWindowTextGUI(screen);
    BasicWindow window = new BasicWindow("Banc");
    window.setComponent(new Label("Bienvenue Lanterna"));
    gui.addWindow(window);
    gui.updateScreen();
    Thread.sleep(60_000);
  }
}
