package fr.guichet.store.session;

import fr.guichet.store.Actor;
import fr.guichet.store.StoreException;
import fr.guichet.store.StoreSettings;
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
public interface SessionStore {

  /** Creates a session with a fresh resume code; {@code actor}'s terminal holds it open. */
  Session create(String scriptId, String scriptVersion, Actor actor);

  Optional<Session> find(UUID sessionId);

  /** Desk lookup (an agent, code typed or scanned): no second factor, no throttling. */
  Optional<Session> findByCode(ResumeCode code);

  /** Every session, most recently updated first. */
  List<Session> list();

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

  /** The language the person chose ({@code fr}, {@code en}, {@code uk}…); {@code fr} until one was chosen. */
  String language(UUID sessionId);

  /** Records the person's language (audited); answers are not touched. */
  void setLanguage(UUID sessionId, String language, Actor actor);

}
