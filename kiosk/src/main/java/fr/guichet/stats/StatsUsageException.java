package fr.guichet.stats;

/** A statistics request that cannot be read (bad month, reversed period, unknown dimension). */
public final class StatsUsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StatsUsageException(String frenchMessage) {
    super(frenchMessage);
  }
}
