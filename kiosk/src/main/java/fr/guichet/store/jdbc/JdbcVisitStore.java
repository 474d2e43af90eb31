package fr.guichet.store.jdbc;

import fr.guichet.store.Actor;
import fr.guichet.store.session.AnswerEvent;
import fr.guichet.store.session.FollowUp;
import fr.guichet.store.session.Session;
import fr.guichet.store.session.SessionStatus;
import fr.guichet.store.session.Visit;
import fr.guichet.store.session.VisitStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** The {@link VisitStore} on the store's database. */
final class JdbcVisitStore implements VisitStore {
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9_.:@-]{1,100}");

  private final Database db;
  private final Keyring keyring;
  private final Clock clock;

  JdbcVisitStore(Database db, Keyring keyring, Clock clock) {
    this.db = db;
    this.keyring = keyring;
    this.clock = clock;
  }

  @Override
  public Visit startVisit(UUID sessionId, Actor actor, String site, String role,
      LocalDate rulesDate) {
    Instant now = clock.instant();
    return db.write("start visit", c -> {
      SessionRows.require(c, sessionId);
      Visit visit = new Visit(sessionId, VisitRows.nextNumber(c, sessionId), now, site,
          actor.terminalId(), actor.user(), role, rulesDate, VisitRows.lastSeq(c, sessionId),
          Optional.empty());
      VisitRows.insert(c, visit);
      AuditLog.append(c, now, actor, "VISIT_STARTED", sessionId, "visit:" + visit.number());
      return visit;
    });
  }

  @Override
  public List<Visit> visits(UUID sessionId) {
    return db.read("read visits", c -> VisitRows.all(c, keyring.currentFor(c), sessionId));
  }

  @Override
  public void recordResults(UUID sessionId, int visit, String results) {
    db.write("record results", c -> {
      VisitRows.setResults(c, keyring.currentFor(c), sessionId, visit, results);
      return null;
    });
  }

  @Override
  public List<AnswerEvent> history(UUID sessionId) {
    return db.read("answer history",
        c -> PersonalRows.history(c, keyring.currentFor(c), sessionId));
  }

  @Override
  public void assign(UUID sessionId, String serviceId, String worker, Actor actor) {
    requireIdentifier(serviceId);
    requireIdentifier(worker);
    Instant now = clock.instant();
    db.write("assign", c -> {
      SessionRows.require(c, sessionId);
      VisitRows.upsertFollowUp(c, sessionId, serviceId, worker, null, now);
      SessionRows.touch(c, sessionId, now);
      AuditLog.append(c, now, actor, "ASSIGNED", sessionId,
          (serviceId == null ? "" : "service:" + serviceId)
              + (worker == null ? "" : (serviceId == null ? "" : ":") + "worker:" + worker));
      return null;
    });
  }

  @Override
  public void close(UUID sessionId, String outcome, Actor actor) {
    requireIdentifier(outcome);
    Instant now = clock.instant();
    db.write("close follow-up", c -> {
      SessionRows.require(c, sessionId);
      VisitRows.upsertFollowUp(c, sessionId, null, null, outcome, now);
      SessionRows.setStatus(c, sessionId, SessionStatus.TERMINEE, now);
      AuditLog.append(c, now, actor, "CLOSED", sessionId, "outcome:" + outcome);
      return null;
    });
  }

  @Override
  public FollowUp followUp(UUID sessionId) {
    return db.read("read follow-up", c -> VisitRows.followUp(c, sessionId));
  }

  @Override
  public List<Session> assignedTo(String worker) {
    return db.read("caseload", c -> {
      List<Session> sessions = new ArrayList<>();
      for (UUID id : VisitRows.assignedTo(c, worker)) {
        SessionRows.byId(c, id).ifPresent(sessions::add);
      }
      return sessions;
    });
  }

  private static void requireIdentifier(String value) {
    if (value != null && !IDENTIFIER.matcher(value).matches()) {
      throw new IllegalArgumentException("service, worker and outcome must be identifiers");
    }
  }
}
