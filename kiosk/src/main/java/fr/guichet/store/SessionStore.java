package fr.guichet.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Saves interview sessions and their answers; knows nothing of the interview engine. An answer is
 * an opaque (key, value) pair of strings, kept exactly.
 *
 * <p>Every method that changes something has committed durably when it returns, or has thrown a
 * {@link StoreException} and changed nothing.
 */
public interface SessionStore extends AutoCloseable {

  /** Creates a session with a fresh resume code; {@code actor}'s terminal holds it open. */
  Session create(String scriptId, String scriptVersion, Actor actor);

  Optional<Session> find(UUID sessionId);

  /** Desk lookup (an agent, code typed or scanned): no second factor, no throttling. */
  Optional<Session> findByCode(ResumeCode code);

  /** Every session, most recently updated first. */
  List<Session> list();

  /**
   * Kiosk resume: the code plus the person's birth date. Wrong code, wrong date, finished or
   * expired session all give the same {@link ResumeOutcome.Refused}; failures are counted per
   * code and per terminal. Does not open the session: call {@link #open} next.
   */
  ResumeOutcome resumeWithBirthDate(ResumeCode code, LocalDate birthDate, String terminalId);

  /** Records the birth date that {@link #resumeWithBirthDate} will ask for (keyed hash). */
  void setSecondFactor(UUID sessionId, LocalDate birthDate);

  /**
   * Takes the session's open-lease for {@code actor}'s terminal unless another terminal holds it
   * and has shown signs of life within {@link StoreSettings#leaseStaleAfter()}.
   */
  OpenOutcome open(UUID sessionId, Actor actor);

  /** {@link #open(UUID, Actor)} by a citizen at a kiosk terminal. */
  default OpenOutcome open(UUID sessionId, String terminalId) {
    return open(sessionId, Actor.kiosk(terminalId));
  }

  /** Keeps this terminal's lease alive (call every minute or so while the session is shown). */
  void heartbeat(UUID sessionId, String terminalId);

  /** Gives the lease back; does nothing if this terminal does not hold it. */
  void release(UUID sessionId, String terminalId);

  /**
   * Appends an answer event and commits it to disk before returning.
   *
   * @throws SessionConflictException if {@code actor}'s terminal does not hold the lease
   */
  void appendAnswer(UUID sessionId, String key, String value, Actor actor);

  /** Appends an event that removes {@code key} from the current answers. */
  void clearAnswer(UUID sessionId, String key, Actor actor);

  /** The latest value per key, in the order keys were first given. */
  Map<String, String> currentAnswers(UUID sessionId);

  void setStatus(UUID sessionId, SessionStatus status, Actor actor);

  /** Appends an audit entry; {@code detail} must be an identifier, never personal data. */
  void audit(Actor actor, String action, UUID sessionId, String detail);

  /** The first entry whose hash chain is broken, or empty when the log is intact. */
  Optional<AuditEntry> verifyAudit();

  /** The audit entries about one session, oldest first. */
  List<AuditEntry> auditTrail(UUID sessionId);

  /**
   * Re-encrypts every sealed value under a new data key, in one transaction, then replaces the
   * key file. A crash at any point leaves either the old or the new key in force, never a mix.
   */
  void rotateKey(Actor actor);

  @Override
  void close();
}
