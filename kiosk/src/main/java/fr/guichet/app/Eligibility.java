package fr.guichet.app;

import fr.guichet.eligibility.EligibilityEngine;
import fr.guichet.eligibility.interview.SituationCheck;
import java.util.List;

/** Wiring of the eligibility check every face uses: national benefits and the local aids. */
final class Eligibility {

  private Eligibility() {}

  static SituationCheck check() {
    return new SituationCheck(EligibilityEngine.withBundledParameters(), interview -> List.of());
  }
}
