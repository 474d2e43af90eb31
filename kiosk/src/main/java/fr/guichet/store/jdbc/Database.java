package fr.guichet.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One database under the store, as the shared SQL of this package needs it: write transactions
 * that never run at the same time as another writer's (SQLite: {@code BEGIN IMMEDIATE};
 * PostgreSQL: one transaction-scoped advisory lock), reads, and what "erased" means on disk.
 * Implementations turn their failures into {@link fr.guichet.store.StoreException}s with French
 * messages.
 */
public abstract class Database implements AutoCloseable {
  /** Work done with a connection. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /**
   * Runs {@code work} in one write transaction, serialised with every other writer of the same
   * database (in any process, on any site), and returns after its durable commit.
   */
  public abstract <T> T write(String what, Work<T> work);

  /** Runs {@code work} outside a write transaction (each statement sees a consistent snapshot). */
  public abstract <T> T read(String what, Work<T> work);

  /**
   * Called after rows holding sealed personal data were deleted, so that the freed bytes go from
   * the files; false when that could not be done now (they go at a later checkpoint).
   */
  public abstract boolean afterErasure();

  @Override
  public abstract void close();
}
