package fr.guichet.store.throttle;

import fr.guichet.store.session.ResumeCode;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A citizen's way back into a session at a kiosk: the resume code plus the birth date as second
 * factor, with failures counted per code and per terminal so that guessing is slowed down.
 */
public interface ResumeGate {

  /**
   * Wrong code, wrong date, finished or expired session all give the same
   * {@link ResumeOutcome.Refused}; failures are counted per code and per terminal. Does not open
   * the session.
   */
  ResumeOutcome resumeWithBirthDate(ResumeCode code, LocalDate birthDate, String terminalId);

  /** Records the birth date that {@link #resumeWithBirthDate} will ask for (keyed hash). */
  void setSecondFactor(UUID sessionId, LocalDate birthDate);
}
