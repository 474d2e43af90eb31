package fr.guichet.store.session;

import fr.guichet.store.Actor;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The follow-up side of sessions: numbered visits with the results each ended with, the full
 * answer history (who changed what, when), assignment to a service and a worker, and closing.
 * Every change is audited in its own transaction.
 */
public interface VisitStore {

  /** Starts the session's next visit; audited as {@code VISIT_STARTED}. */
  Visit startVisit(UUID sessionId, Actor actor, String site, String role, LocalDate rulesDate);

  /** The session's visits, first one first. */
  List<Visit> visits(UUID sessionId);

  /** Keeps the results a visit shows (sealed like an answer); replaces earlier ones. */
  void recordResults(UUID sessionId, int visit, String results);

  /** Every answer event of the session, oldest first, values opened. */
  List<AnswerEvent> history(UUID sessionId);

  /** Assigns the session to a service and/or a worker (null leaves that part unchanged). */
  void assign(UUID sessionId, String serviceId, String worker, Actor actor);

  /** Closes the follow-up with an outcome (an identifier); the session is also marked finished. */
  void close(UUID sessionId, String outcome, Actor actor);

  FollowUp followUp(UUID sessionId);

  /** Sessions assigned to {@code worker}, most recently updated first. */
  List<Session> assignedTo(String worker);
}
