package fr.guichet.app;

import fr.guichet.eligibility.EligibilityEngine;
import fr.guichet.eligibility.interview.SituationCheck;
import fr.guichet.aids.LocalAids;

/** Wiring of the eligibility check every face uses: national benefits and the local aids. */
final class Eligibility {

  private Eligibility() {}

  static SituationCheck check() {
    LocalAids aids = LocalAids.bundled();
    return new SituationCheck(EligibilityEngine.withBundledParameters(), aids::evaluate);
  }
}
