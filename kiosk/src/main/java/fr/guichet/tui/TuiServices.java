package fr.guichet.tui;

import fr.guichet.access.AccessPolicy;
import fr.guichet.access.AccountService;
import fr.guichet.session.SessionService;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the interface needs from the rest of the application. The session service and the
 * accounts are suppliers so that the store and the script can be opened while the welcome screen
 * is already shown; they may throw {@link fr.guichet.store.StoreException} or
 * {@link SetupException}.
 *
 * @param sessions the one session service (opened on first use)
 * @param clock the one clock: idle timing, dates on screen
 * @param results the end screen's content
 * @param accounts desk: agents' accounts (opened with the store, on first use)
 * @param policy which answers each role may see
 * @param speech reading the screens aloud (espeak-ng), or not available
 */
public record TuiServices(
    Supplier<SessionService> sessions,
    Clock clock,
    ResultsView results,
    Supplier<AccountService> accounts,
    AccessPolicy policy,
    fr.guichet.speech.Speech speech) {

  /** With espeak-ng from the PATH for reading aloud. */
  public TuiServices(Supplier<SessionService> sessions, Clock clock, ResultsView results,
      Supplier<AccountService> accounts, AccessPolicy policy) {
    this(sessions, clock, results, accounts, policy, fr.guichet.speech.EspeakSpeech.fromEnvironment());
  }

  public TuiServices {
    Objects.requireNonNull(speech, "speech");
    Objects.requireNonNull(sessions, "sessions");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(results, "results");
    Objects.requireNonNull(accounts, "accounts");
    Objects.requireNonNull(policy, "policy");
  }
}
