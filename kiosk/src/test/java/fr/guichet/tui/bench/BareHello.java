package fr.guichet.tui.bench;

/** Start-up baseline: a bare JVM that prints one line (then waits to be killed). */
public final class BareHello {
  private BareHello() {}

  public static void main(String[] args) throws InterruptedException {
    System.out.println("Bonjour JVM");
    Thread.sleep(60_000);
  }
}
