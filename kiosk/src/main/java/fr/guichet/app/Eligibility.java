package fr.guichet.app;

import fr.guichet.eligibility.EligibilityEngine;
import fr.guichet.eligibility.interview.SituationCheck;
import fr.guichet.aids.LocalAids;
import fr.guichet.territory.Territory;

/** Wiring of the eligibility check every face uses: national benefits, local aids, routing. */
final class Eligibility {

  private Eligibility() {}

  static SituationCheck check() {
    LocalAids aids = LocalAids.bundled();
    Territory territory = Territory.bundled();
    // National benefits read the facts any script declares; the local aids and the routing rules are written over
    // the default interview's names, so they apply to it only.
    String written = fr.guichet.script.load.ScriptLoader.DEFAULT_SCRIPT.replace(".yaml", "");
    return new SituationCheck(EligibilityEngine.withBundledParameters(),
        interview -> interview.script().id().equals(written) ? aids.evaluate(interview) : java.util.List.of(),
        (interview, conclusions) -> interview.script().id().equals(written)
            ? territory.route(interview, conclusions).first().service().id() : null);
  }
}
