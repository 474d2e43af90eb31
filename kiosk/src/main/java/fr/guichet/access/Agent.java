package fr.guichet.access;

import fr.guichet.store.Actor;
import java.util.Objects;

/** A logged-in agent: who they are and their role. */
public record Agent(String username, Role role) {
  public Agent {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(role, "role");
  }

  /** This agent acting from {@code terminalId}, as the store records it. */
  public Actor at(String terminalId) {
    return new Actor(username, terminalId);
  }

  public boolean may(Permission permission) {
    return role.may(permission);
  }
}
