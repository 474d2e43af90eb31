package fr.guichet.territory;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a person should go after the interview: the service (and team) to see first and why,
 * then the other services, each with the benefits and aids it handles for this person.
 */
public record Routing(Visit first, List<Visit> then) {

  public Routing {
    Objects.requireNonNull(first);
    then = List.copyOf(then);
  }

  /** One place to go: the service, the team when one is named, why (French), and the results it handles. */
  public record Visit(Service service, Optional<Team> team, String why, List<String> results) {
    public Visit {
      Objects.requireNonNull(service);
      Objects.requireNonNull(team);
      why = why == null ? "" : why;
      results = List.copyOf(results);
    }
  }
}
