package fr.guichet.app;


/**
 * Start-up benchmark only: the kiosk started without the command line parser, to measure what
 * building picocli's model of every subcommand costs. Argument: the data directory.
 */
public final class DirectKiosk {
  private DirectKiosk() {}

  public static void main(String[] args) {
    InterfaceOptions options = new InterfaceOptions();
    options.data = args[0];
    System.exit(TuiLauncher.launch(options, true, null, null, null));
  }
}
