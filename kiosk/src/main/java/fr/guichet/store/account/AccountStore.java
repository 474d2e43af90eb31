package fr.guichet.store.account;

import fr.guichet.store.Actor;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Agents' accounts (the {@code accounts} table). Every change is audited in the same
 * transaction; failed logins are counted in the database, so a lockout survives a restart and
 * holds for every terminal.
 */
public interface AccountStore {

  /** Creates the account only if no account exists at all; false otherwise. */
  boolean createFirst(String username, String passwordHash, String role, Actor actor);

  /** Creates the account; false if the username is taken. */
  boolean create(String username, String passwordHash, String role, Actor actor);

  Optional<AccountRecord> find(String username);

  /** Every account, by username. */
  List<AccountRecord> list();

  boolean isEmpty();

  /**
   * Counts one more wrong password and, if {@code lockFor} returns a positive delay for the new
   * count, locks the account for that long. Returns the account as it now stands.
   */
  AccountRecord recordFailedLogin(String username, IntFunction<Duration> lockFor, Actor actor);

  /** Clears the failure count after a successful login and audits it. */
  void recordLogin(String username, Actor actor);

  /** Replaces the password hash and clears any lockout. */
  void setPasswordHash(String username, String passwordHash, Actor actor);

  void setDisabled(String username, boolean disabled, Actor actor);

  /** Audits an event about accounts that changes no row (a refused login, for instance). */
  void audit(Actor actor, String action, String detail);
}
