package fr.guichet.stats;

/** Statistics asked for by someone whose role may not see them. */
public final class StatsRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StatsRefusedException(String frenchMessage) {
    super(frenchMessage);
  }
}
