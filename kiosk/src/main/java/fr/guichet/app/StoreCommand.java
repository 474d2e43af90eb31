package fr.guichet.app;

import fr.guichet.store.StoreException;
import fr.guichet.store.account.PasswordHasher;
import fr.guichet.store.Stores;
import fr.guichet.access.AccountService;
import fr.guichet.access.Agent;
import fr.guichet.access.LoginResult;
import fr.guichet.access.Permission;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A command that works on the store in the data directory: opens it, runs, closes it, and turns
 * a store failure into its French message and exit code 1.
 */
abstract class StoreCommand implements Callable<Integer> {
  /** Exit code of a refusal: wrong login, unknown code, broken audit log, failed store. */
  static final int REFUSED = 1;

  @Spec CommandSpec spec;

  @Option(names = "--data", paramLabel = "DOSSIER",
      description = "Dossier de données (sinon $GUICHET_DATA, sinon $XDG_DATA_HOME/guichet, sinon $HOME/.local/share/guichet).")
  String data;

  final Clock clock = Clock.systemUTC();
  private CliConsole console;

  @Override
  public final Integer call() {
    try (Stores store = Configured.open(data, clock)) {
      return run(store);
    } catch (StoreException e) {
      err().println("Erreur : " + e.userMessage());
      return REFUSED;
    } finally {
      out().flush();
      err().flush();
    }
  }

  abstract int run(Stores store);

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  CliConsole console() {
    if (console == null) {
      console = CliConsole.system(err());
    }
    return console;
  }

  AccountService accounts(Stores store) {
    return new AccountService(store.accounts(), new PasswordHasher(), clock);
  }

  /**
   * Logs an agent in (username from {@code username} or asked; password asked) and checks
   * {@code needed}; prints why not and returns empty on any refusal.
   */
  Optional<Agent> logIn(AccountService service, String username, Permission needed) {
    String name = username != null ? username : console().readLine("Identifiant : ");
    if (name == null) {
      err().println("Erreur : identifiant attendu.");
      return Optional.empty();
    }
    char[] password = console().readSecret("Mot de passe de " + name.trim() + " : ");
    if (password == null) {
      err().println("Erreur : mot de passe attendu.");
      return Optional.empty();
    }
    LoginResult result = service.logIn(name, password, CliConsole.terminalId());
    java.util.Arrays.fill(password, '\0');
    if (!(result instanceof LoginResult.LoggedIn in)) {
      err().println("Refusé : " + result.message());
      return Optional.empty();
    }
    if (!in.agent().may(needed)) {
      err().println("Refusé : cette commande est réservée à un compte responsable.");
      return Optional.empty();
    }
    return Optional.of(in.agent());
  }
}
