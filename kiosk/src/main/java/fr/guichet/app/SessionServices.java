package fr.guichet.app;

import fr.guichet.access.AccessPolicy;
import fr.guichet.commune.DirectoryCommuneResolver;
import fr.guichet.script.CommuneResolver;
import fr.guichet.script.Script;
import fr.guichet.session.SessionService;
import fr.guichet.session.SummaryPrinter;
import fr.guichet.store.Stores;
import java.time.Clock;
import java.util.function.Supplier;

/** Wiring of the one session service every face uses: store, script, rules, printing, site. */
final class SessionServices {
  /** The site name when none is configured (shown in visits and the audit). */
  static final String DEFAULT_SITE = "local";
  static final String SITE_VARIABLE = "GUICHET_SITE";

  private SessionServices() {}

  static SessionService of(Stores stores, Supplier<Script> script, CommuneResolver communes,
      Clock clock, SummaryPrinter printer) {
    return new SessionService(stores, script, communes, clock, Eligibility.check(), printer,
        site(), AccessPolicy.defaults());
  }

  /** For commands: the bundled communes, the system clock, printing to a file by the command. */
  static SessionService of(Stores stores, Script script) {
    return of(stores, () -> script, DirectoryCommuneResolver.bundled(), Clock.systemDefaultZone(),
        SummaryPrinter.NOT_AVAILABLE);
  }

  /** {@code $GUICHET_SITE}, else the configuration's {@code site}, else {@value #DEFAULT_SITE}. */
  static String site() {
    return Configured.site();
  }
}
