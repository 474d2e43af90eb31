package fr.guichet.tui;

import fr.guichet.session.Who;
import fr.guichet.store.Actor;
import fr.guichet.access.AccountChange;
import fr.guichet.access.AccountService;
import fr.guichet.access.Agent;
import fr.guichet.access.LoginResult;
import fr.guichet.access.Permission;
import java.util.Arrays;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desk's logged-in agent: login, first-start setup of the first responsable, the idle lock,
 * and what the agent's role may do and see. The kiosk has no agent: its actor is the kiosk itself.
 */
final class DeskAccess {
  private static final Logger LOG = LoggerFactory.getLogger(DeskAccess.class);
  /** Shown instead of an answer the agent's role may not see. */
  static final String MASKED = "masqué pour votre rôle";

  private final GuichetUi ui;
  private final IdleTimer idle;
  private Agent agent;
  private String pendingCode;
  private boolean firstStartChecked;

  DeskAccess(GuichetUi ui) {
    this.ui = ui;
    this.idle = new IdleTimer(ui.services().clock(), ui.settings().deskLock());
  }

  Optional<Agent> agent() {
    return Optional.ofNullable(agent);
  }

  /** Kiosk: always (the person's own interview); desk: médiateur and travailleur social. */
  boolean mayRunInterviews() {
    return ui.settings().kiosk() || (agent != null && agent.may(Permission.RUN_INTERVIEWS));
  }

  /** The answer as this agent may see it: the value, or {@link #MASKED}. */
  String shown(String key, String answer) {
    if (ui.settings().kiosk() || answer == null) {
      return answer;
    }
    return agent != null && ui.services().policy().maySee(agent.role(), key) ? answer : MASKED;
  }

  /** The labels of the data categories this agent's role may not see, in the policy's order. */
  java.util.List<String> hiddenCategories() {
    if (ui.settings().kiosk() || agent == null) {
      return java.util.List.of();
    }
    var policy = ui.services().policy();
    var seen = policy.visibleCategories(agent.role());
    return policy.categories().stream().filter(c -> !seen.contains(c.id()))
        .map(c -> c.label().toLowerCase(java.util.Locale.FRENCH)).toList();
  }

  /** Who works on sessions from this terminal: the logged-in agent, or the kiosk's citizen. */
  Who who() {
    String terminal = ui.settings().terminalId();
    if (ui.settings().kiosk()) {
      return Who.kiosk(terminal);
    }
    if (agent == null) {
      throw new IllegalStateException("no agent logged in at the desk");
    }
    return Who.agent(agent, terminal);
  }

  /** Who is recorded with answers and audit entries. */
  Actor actor() {
    String terminal = ui.settings().terminalId();
    if (ui.settings().kiosk()) {
      return Actor.kiosk(terminal);
    }
    if (agent == null) {
      throw new IllegalStateException("no agent logged in at the desk");
    }
    return agent.at(terminal);
  }

  /** Desk: a code given on the command line, opened once the agent has logged in. */
  void openAfterLogin(String code) {
    pendingCode = code;
  }

  void showLogin(String info) {
    ui.show(new LoginScreen(ui));
    if (info != null) {
      ui.current().showInfo(info);
    }
  }

  /** Once, after the first screen is drawn: no account yet means the first-start setup. */
  void checkFirstStartOnce() {
    if (!firstStartChecked && !ui.settings().kiosk() && agent == null) {
      firstStartChecked = true;
      ui.guarded("first start check", () -> {
        if (!accounts().hasAccounts()) {
          ui.show(new SetupScreen(ui));
        }
      });
    }
  }

  /** Checks the username and password; the password array is cleared. */
  void logIn(String username, char[] password) {
    try {
      if (!accounts().hasAccounts()) {
        ui.show(new SetupScreen(ui));
        return;
      }
      LoginResult result = accounts().logIn(username, password, ui.settings().terminalId());
      if (result instanceof LoginResult.LoggedIn in) {
        agent = in.agent();
        idle.touch();
        LOG.info("Agent logged in on terminal {} (role {})", ui.settings().terminalId(),
            agent.role());
        String code = pendingCode;
        pendingCode = null;
        ui.show(new WelcomeScreen(ui));
        if (code != null) {
          ui.flow().resumeAtDesk(code);
        }
      } else {
        LOG.info("Login refused on terminal {}: {}", ui.settings().terminalId(),
            result.getClass().getSimpleName());
        ((LoginScreen) ui.current()).refused(result.message());
      }
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  /** First start: creates the first responsable account, then logs them in. */
  void setUp(String username, char[] password, char[] again) {
    try {
      if (!Arrays.equals(password, again)) {
        ui.current().showError("Les deux mots de passe ne sont pas identiques.");
        return;
      }
      AccountChange change = accounts().createFirstResponsable(username, password,
          ui.settings().terminalId());
      if (change instanceof AccountChange.Rejected) {
        ui.current().showError(change.message());
        return;
      }
      LOG.info("First responsable account created on terminal {}", ui.settings().terminalId());
      logIn(username, password.clone());
    } finally {
      Arrays.fill(password, '\0');
      Arrays.fill(again, '\0');
    }
  }

  /** A responsable creates an agent's account from the desk; the message says what happened. */
  void createAgent(String username, String roleNumber, char[] password, char[] again) {
    try {
      if (!Arrays.equals(password, again)) {
        ui.current().showError("Les deux mots de passe ne sont pas identiques.");
        return;
      }
      fr.guichet.access.Role[] roles = fr.guichet.access.Role.values();
      int index;
      try {
        index = Integer.parseInt(roleNumber.trim()) - 1;
      } catch (NumberFormatException e) {
        index = -1;
      }
      if (index < 0 || index >= roles.length) {
        ui.current().showError("Choisissez le rôle par son numéro, de 1 à " + roles.length + ".");
        return;
      }
      AccountChange change = accounts().create(agent, username, roles[index], password, ui.settings().terminalId());
      if (change instanceof AccountChange.Rejected) {
        ui.current().showError(change.message());
        return;
      }
      ui.show(new WelcomeScreen(ui));
      ui.current().showInfo(change.message());
    } finally {
      Arrays.fill(password, '\0');
      Arrays.fill(again, '\0');
    }
  }

  /** Whether the logged-in agent manages accounts (a responsable). */
  boolean managesAccounts() {
    return agent != null && agent.may(fr.guichet.access.Permission.ACCOUNTS);
  }

  void logOut() {
    ui.flow().leaveQuietly();
    agent = null;
    showLogin("Vous êtes déconnecté.");
  }

  void touch() {
    idle.touch();
  }

  /** Desk: after the idle time, the session is closed (answers are saved) and login is asked. */
  void lockIfIdle() {
    if (agent == null || idle.remainingMillis() > 0) {
      return;
    }
    LOG.info("Desk locked after inactivity on terminal {}", ui.settings().terminalId());
    ui.flow().leaveQuietly();
    agent = null;
    showLogin("Écran verrouillé après " + ui.settings().deskLock().toMinutes()
        + " minutes sans activité. Les réponses sont enregistrées. Reconnectez-vous.");
  }

  private AccountService accounts() {
    return ui.services().accounts().get();
  }
}
