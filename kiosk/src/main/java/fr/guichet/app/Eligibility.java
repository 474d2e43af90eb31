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
    return new SituationCheck(EligibilityEngine.withBundledParameters(), aids::evaluate,
        (interview, conclusions) -> territory.route(interview, conclusions).first().service().id());
  }
}
