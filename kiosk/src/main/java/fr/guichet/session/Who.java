package fr.guichet.session;

import fr.guichet.access.Agent;
import fr.guichet.access.Permission;
import fr.guichet.access.Role;
import fr.guichet.store.Actor;
import java.util.Objects;
import java.util.Optional;

/**
 * Who works on a session: a logged-in agent with their role at a desk, a citizen alone at a
 * kiosk, or a command such as {@code replay} (no role: they may run the interview, nothing else),
 * and the terminal they are at.
 */
public record Who(Actor actor, Optional<Role> role, Channel channel) {

  public Who {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(channel, "channel");
  }

  public static Who kiosk(String terminalId) {
    return new Who(Actor.kiosk(terminalId), Optional.empty(), Channel.KIOSK);
  }

  public static Who agent(Agent agent, String terminalId) {
    return new Who(agent.at(terminalId), Optional.of(agent.role()), Channel.DESK);
  }

  /** A command run by whoever may run it (no login): {@code replay}. */
  public static Who command(Actor actor) {
    return new Who(actor, Optional.empty(), Channel.COMMAND);
  }

  public boolean atKiosk() {
    return channel == Channel.KIOSK;
  }

  /** Without a role (kiosk, command): the interview itself, nothing else. */
  public boolean may(Permission permission) {
    return role.map(r -> r.may(permission)).orElse(permission == Permission.RUN_INTERVIEWS);
  }

  /** What a visit records: the agent's role, or the channel. */
  String roleName() {
    return role.map(Role::name).orElse(channel.name());
  }
}
