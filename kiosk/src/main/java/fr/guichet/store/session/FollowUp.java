package fr.guichet.store.session;

import java.time.Instant;
import java.util.Optional;

/**
 * Where a session stands after the interview: the service and worker it is assigned to, and the
 * outcome it was closed with (kept for the statistics).
 */
public record FollowUp(Optional<String> serviceId, Optional<String> worker,
    Optional<String> outcome, Optional<Instant> closedAt) {
  public static final FollowUp NONE =
      new FollowUp(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  public boolean closed() {
    return outcome.isPresent();
  }
}
