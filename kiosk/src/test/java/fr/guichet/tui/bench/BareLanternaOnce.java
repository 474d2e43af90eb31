package fr.guichet.tui.bench;

/** {@link BareLanterna} that exits after drawing, to dump a class-data-sharing archive. */
public final class BareLanternaOnce {
  private BareLanternaOnce() {}

  public static void main(String[] args) throws Exception {
    Thread t = new Thread(() -> {
      try {
        BareLanterna.main(args);
      } catch (Exception e) {
        // interrupted: done
      }
    });
    t.setDaemon(true);
    t.start();
    Thread.sleep(1500);
    System.exit(0);
  }
}
