package fr.guichet.tui;

import fr.guichet.access.AccessPolicy;
import fr.guichet.access.AccountService;
import fr.guichet.script.CommuneResolver;
import fr.guichet.script.Script;
import fr.guichet.store.SessionStore;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the interface needs from the rest of the application. The store and the script are
 * suppliers so that they can be opened while the welcome screen is already shown; they may throw
 * {@link fr.guichet.store.StoreException} or {@link SetupException}.
 *
 * @param store the session store (opened on first use)
 * @param script the interview script (loaded on first use)
 * @param communes the commune directory for commune questions
 * @param clock the one clock: the interview's date, idle timing
 * @param results the end screen's content
 * @param printing what the "Imprimer" action does
 * @param consents where the kiosk's privacy choices are recorded
 * @param accounts desk: agents' accounts (opened with the store, on first use)
 * @param policy which answers each role may see
 */
public record TuiServices(
    Supplier<SessionStore> store,
    Supplier<Script> script,
    CommuneResolver communes,
    Clock clock,
    ResultsView results,
    PrintAction printing,
    PrivacyChoices.Recorder consents,
    Supplier<AccountService> accounts,
    AccessPolicy policy) {

  public TuiServices {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(script, "script");
    Objects.requireNonNull(communes, "communes");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(results, "results");
    Objects.requireNonNull(printing, "printing");
    Objects.requireNonNull(consents, "consents");
    Objects.requireNonNull(accounts, "accounts");
    Objects.requireNonNull(policy, "policy");
  }
}
