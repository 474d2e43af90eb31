package fr.guichet.script;

import java.util.List;

/** The household a script asks about: its roles, in the order members are asked about. */
public record Household(String id, List<MemberRole> roles) {
  public Household {
    roles = List.copyOf(roles);
  }
}
