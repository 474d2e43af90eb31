package fr.guichet.app;

import fr.guichet.store.account.AccountRecord;
import fr.guichet.store.Stores;
import fr.guichet.store.sqlite.SqliteStores;
import fr.guichet.access.AccountChange;
import fr.guichet.access.AccountService;
import fr.guichet.access.Agent;
import fr.guichet.access.Permission;
import fr.guichet.access.Role;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code guichet accounts}: agents' accounts (create, list, disable, password). */
@Command(
    name = "accounts",
    mixinStandardHelpOptions = true,
    description = "Comptes des agents : création, liste, désactivation, mot de passe.",
    subcommands = {
      AccountsCommand.Create.class,
      AccountsCommand.ListAccounts.class,
      AccountsCommand.Disable.class,
      AccountsCommand.Password.class,
    })
final class AccountsCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static int report(StoreCommand cmd, AccountChange change) {
    if (change instanceof AccountChange.Done) {
      cmd.out().println(change.message());
      return 0;
    }
    cmd.err().println("Refusé : " + change.message());
    return StoreCommand.REFUSED;
  }

  /** Creates an account; the very first one is a responsable and needs no login. */
  @Command(name = "create", mixinStandardHelpOptions = true,
      description = "Crée un compte. Le premier compte créé est un compte responsable ; les"
          + " suivants demandent la connexion d'un responsable (--as).")
  static final class Create extends StoreCommand {
    @Option(names = "--user", required = true, paramLabel = "IDENTIFIANT",
        description = "Identifiant du nouveau compte (ex. m.durand).")
    String user;

    @Option(names = "--role", paramLabel = "ROLE",
        description = "ACCUEIL, MEDIATEUR, TRAVAILLEUR_SOCIAL ou RESPONSABLE.")
    String role;

    @Option(names = "--as", paramLabel = "RESPONSABLE",
        description = "Responsable qui crée le compte (sinon demandé).")
    String as;

    @Override
    int run(Stores store) {
      Optional<Role> parsed = role == null ? Optional.empty() : Role.parse(role);
      if (role != null && parsed.isEmpty()) {
        err().println("Erreur : rôle inconnu « " + role + " » (ACCUEIL, MEDIATEUR,"
            + " TRAVAILLEUR_SOCIAL, RESPONSABLE).");
        return 2;
      }
      AccountService service = accounts(store);
      if (!service.hasAccounts()) {
        if (parsed.isPresent() && parsed.get() != Role.RESPONSABLE) {
          err().println("Refusé : le premier compte doit être un compte responsable.");
          return REFUSED;
        }
        return withNewPassword(this, user, p -> service.createFirstResponsable(user, p,
            CliConsole.terminalId()));
      }
      if (parsed.isEmpty()) {
        err().println("Erreur : précisez le rôle avec --role.");
        return 2;
      }
      Optional<Agent> by = logIn(service, as, Permission.ACCOUNTS);
      if (by.isEmpty()) {
        return REFUSED;
      }
      return withNewPassword(this, user, p -> service.create(by.get(), user, parsed.get(), p,
          CliConsole.terminalId()));
    }
  }

  static int withNewPassword(StoreCommand cmd, String name,
      java.util.function.Function<char[], AccountChange> change) {
    char[] password = cmd.console().readNewPassword("Nouveau mot de passe de " + name + " : ");
    if (password == null) {
      cmd.err().println("Refusé : mot de passe non saisi.");
      return StoreCommand.REFUSED;
    }
    try {
      return report(cmd, change.apply(password));
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  /** Lists the accounts (for a responsable). */
  @Command(name = "list", mixinStandardHelpOptions = true,
      description = "Liste les comptes (réservé à un responsable).")
  static final class ListAccounts extends StoreCommand {
    private static final DateTimeFormatter DAY =
        DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.systemDefault());

    @Option(names = "--as", paramLabel = "RESPONSABLE", description = "Responsable connecté.")
    String as;

    @Override
    int run(Stores store) {
      AccountService service = accounts(store);
      Optional<Agent> by = logIn(service, as, Permission.ACCOUNTS);
      if (by.isEmpty()) {
        return REFUSED;
      }
      out().printf("%-24s %-20s %s%n", "IDENTIFIANT", "RÔLE", "ÉTAT");
      for (AccountRecord a : service.list(by.get())) {
        out().printf("%-24s %-20s %s%n", a.username(), Role.valueOf(a.role()).label(),
            state(a));
      }
      return 0;
    }

    private String state(AccountRecord a) {
      if (a.disabled()) {
        return "désactivé";
      }
      if (a.lockedAt(clock.instant())) {
        return "verrouillé jusqu'au " + DAY.format(a.lockedUntil());
      }
      return "actif";
    }
  }

  /** Disables an account. */
  @Command(name = "disable", mixinStandardHelpOptions = true,
      description = "Désactive un compte (réservé à un responsable).")
  static final class Disable extends StoreCommand {
    @Parameters(paramLabel = "IDENTIFIANT") String user;

    @Option(names = "--as", paramLabel = "RESPONSABLE", description = "Responsable connecté.")
    String as;

    @Override
    int run(Stores store) {
      AccountService service = accounts(store);
      Optional<Agent> by = logIn(service, as, Permission.ACCOUNTS);
      return by.isEmpty() ? REFUSED
          : report(this, service.disable(by.get(), user, CliConsole.terminalId()));
    }
  }

  /** Changes a password: one's own (current password asked) or anyone's by a responsable. */
  @Command(name = "password", mixinStandardHelpOptions = true,
      description = "Change un mot de passe : le sien (mot de passe actuel demandé) ou, avec"
          + " --as, celui d'un agent par un responsable.")
  static final class Password extends StoreCommand {
    @Parameters(paramLabel = "IDENTIFIANT") String user;

    @Option(names = "--as", paramLabel = "RESPONSABLE", description = "Responsable connecté.")
    String as;

    @Override
    int run(Stores store) {
      AccountService service = accounts(store);
      String terminal = CliConsole.terminalId();
      if (as != null) {
        Optional<Agent> by = logIn(service, as, Permission.ACCOUNTS);
        return by.isEmpty() ? REFUSED : withNewPassword(this, user,
            p -> service.resetPassword(by.get(), user, p, terminal));
      }
      char[] current = console().readSecret("Mot de passe actuel de " + user + " : ");
      if (current == null) {
        err().println("Refusé : mot de passe non saisi.");
        return REFUSED;
      }
      return withNewPassword(this, user,
          p -> service.changeOwnPassword(user, current, p, terminal));
    }
  }
}
