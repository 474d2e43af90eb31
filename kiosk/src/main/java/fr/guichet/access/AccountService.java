package fr.guichet.access;

import fr.guichet.store.Actor;
import fr.guichet.store.account.AccountRecord;
import fr.guichet.store.account.AccountStore;
import fr.guichet.store.account.PasswordHasher;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Agents' accounts: creation (the first responsable only while no account exists), login with a
 * persisted lockout, disabling, password changes, listing. Outcomes are values with French
 * messages; only environment failures throw.
 */
public final class AccountService {
  /** Wrong passwords allowed before the account is locked for a while. */
  public static final int FREE_FAILURES = 5;
  /** Shortest acceptable password (CNIL guidance, with a lockout in place). */
  public static final int MIN_PASSWORD_LENGTH = 12;

  private static final Duration FIRST_LOCK = Duration.ofMinutes(1);
  private static final Duration MAX_LOCK = Duration.ofHours(1);
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,39}");
  private static final String UNKNOWN = "inconnu";

  private final AccountStore store;
  private final PasswordHasher hasher;
  private final Clock clock;
  private String dummyHash;

  public AccountService(AccountStore store, PasswordHasher hasher, Clock clock) {
    this.store = store;
    this.hasher = hasher;
    this.clock = clock;
  }

  /** The lock after {@code failures} wrong passwords: none below 5, then 1 min doubling to 1 h. */
  public static Duration lockFor(int failures) {
    if (failures < FREE_FAILURES) {
      return Duration.ZERO;
    }
    int doublings = Math.min(failures - FREE_FAILURES, 10);
    Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
    return lock.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : lock;
  }

  /** Usernames are kept in lower case, without surrounding spaces. */
  public static String normalize(String username) {
    return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
  }

  public boolean hasAccounts() {
    return !store.isEmpty();
  }

  /** Creates the first account, a responsable; refused as soon as any account exists. */
  public AccountChange createFirstResponsable(String username, char[] password,
      String terminalId) {
    String name = normalize(username);
    Optional<String> problem = problem(name, password);
    if (problem.isPresent()) {
      return new AccountChange.Rejected(problem.get());
    }
    boolean created = store.createFirst(name, hasher.hash(password), Role.RESPONSABLE.name(),
        new Actor(name, terminalId));
    return created
        ? new AccountChange.Done("Compte responsable « " + name + " » créé.")
        : new AccountChange.Rejected("Des comptes existent déjà : seul un responsable connecté"
            + " peut en créer d'autres.");
  }

  /** Creates an account; {@code by} must be a responsable. */
  public AccountChange create(Agent by, String username, Role role, char[] password,
      String terminalId) {
    if (!by.may(Permission.ACCOUNTS)) {
      return notAllowed();
    }
    String name = normalize(username);
    Optional<String> problem = problem(name, password);
    if (problem.isPresent()) {
      return new AccountChange.Rejected(problem.get());
    }
    boolean created = store.create(name, hasher.hash(password), role.name(), by.at(terminalId));
    return created
        ? new AccountChange.Done("Compte « " + name + " » (" + role.label() + ") créé.")
        : new AccountChange.Rejected("L'identifiant « " + name + " » est déjà pris.");
  }

  /** Checks a username and password; counts wrong passwords and locks after five. */
  public LoginResult logIn(String username, char[] password, String terminalId) {
    String name = normalize(username);
    Optional<AccountRecord> found = USERNAME.matcher(name).matches()
        ? store.find(name) : Optional.empty();
    if (found.isEmpty()) {
      hasher.verify(password, dummyHash()); // same time as a known username
      store.audit(new Actor(UNKNOWN, terminalId), "LOGIN_REFUSED", "unknown-user");
      return new LoginResult.Refused(LoginResult.Refused.WRONG);
    }
    AccountRecord account = found.get();
    Actor actor = new Actor(name, terminalId);
    Instant now = clock.instant();
    if (account.lockedAt(now)) {
      store.audit(actor, "LOGIN_WHILE_LOCKED", "");
      return new LoginResult.Locked(account.lockedUntil());
    }
    if (!hasher.verify(password, account.passwordHash())) {
      AccountRecord after = store.recordFailedLogin(name, AccountService::lockFor, actor);
      return after.lockedAt(now)
          ? new LoginResult.Locked(after.lockedUntil())
          : new LoginResult.Refused(LoginResult.Refused.WRONG);
    }
    if (account.disabled()) {
      store.audit(actor, "LOGIN_REFUSED", "disabled");
      return new LoginResult.Refused(LoginResult.Refused.DISABLED);
    }
    store.recordLogin(name, actor);
    return new LoginResult.LoggedIn(new Agent(name, Role.valueOf(account.role())));
  }

  /** Disables an account (it can no longer log in; its history stays). */
  public AccountChange disable(Agent by, String username, String terminalId) {
    if (!by.may(Permission.ACCOUNTS)) {
      return notAllowed();
    }
    String name = normalize(username);
    if (store.find(name).isEmpty()) {
      return new AccountChange.Rejected("Aucun compte « " + name + " ».");
    }
    if (name.equals(by.username())) {
      return new AccountChange.Rejected("Un responsable ne peut pas désactiver son propre"
          + " compte.");
    }
    store.setDisabled(name, true, by.at(terminalId));
    return new AccountChange.Done("Compte « " + name + " » désactivé.");
  }

  /** An agent changes their own password: the current one is required (and counted if wrong). */
  public AccountChange changeOwnPassword(String username, char[] current, char[] next,
      String terminalId) {
    LoginResult login = logIn(username, current, terminalId);
    if (!(login instanceof LoginResult.LoggedIn in)) {
      return new AccountChange.Rejected(login.message());
    }
    return setPassword(in.agent().username(), next, in.agent().at(terminalId));
  }

  /** A responsable sets another agent's password (forgotten password); clears any lockout. */
  public AccountChange resetPassword(Agent by, String username, char[] next, String terminalId) {
    if (!by.may(Permission.ACCOUNTS)) {
      return notAllowed();
    }
    String name = normalize(username);
    if (store.find(name).isEmpty()) {
      return new AccountChange.Rejected("Aucun compte « " + name + " ».");
    }
    return setPassword(name, next, by.at(terminalId));
  }

  private AccountChange setPassword(String name, char[] next, Actor actor) {
    Optional<String> problem = passwordProblem(name, next);
    if (problem.isPresent()) {
      return new AccountChange.Rejected(problem.get());
    }
    store.setPasswordHash(name, hasher.hash(next), actor);
    return new AccountChange.Done("Mot de passe de « " + name + " » changé.");
  }

  /** Every account, for a responsable; empty for anyone else. */
  public List<AccountRecord> list(Agent by) {
    return by.may(Permission.ACCOUNTS) ? store.list() : List.of();
  }

  private Optional<String> problem(String name, char[] password) {
    if (!USERNAME.matcher(name).matches()) {
      return Optional.of("L'identifiant doit compter 2 à 40 caractères : lettres sans accent,"
          + " chiffres, point, tiret ou souligné (par exemple m.durand).");
    }
    return passwordProblem(name, password);
  }

  private static Optional<String> passwordProblem(String name, char[] password) {
    if (password.length < MIN_PASSWORD_LENGTH) {
      return Optional.of("Le mot de passe doit compter au moins " + MIN_PASSWORD_LENGTH
          + " caractères.");
    }
    if (new String(password).toLowerCase(Locale.ROOT).contains(name)) {
      return Optional.of("Le mot de passe ne doit pas contenir l'identifiant.");
    }
    return Optional.empty();
  }

  private static AccountChange notAllowed() {
    return new AccountChange.Rejected("Seul un responsable peut gérer les comptes.");
  }

  private synchronized String dummyHash() {
    if (dummyHash == null) {
      dummyHash = hasher.hash("guichet-dummy-password".toCharArray());
    }
    return dummyHash;
  }
}
