package fr.guichet.eligibility.assessment;

import fr.guichet.eligibility.Benefit;
import fr.guichet.eligibility.BenefitResult;
import fr.guichet.eligibility.parameters.LegalParameters;
import fr.guichet.eligibility.situation.Situation;
import java.time.LocalDate;

/** Turns one benefit's formula into a three-valued, explained result for the interview path. */
public interface BenefitAssessment {
  Benefit benefit();

  BenefitResult assess(Situation situation, LocalDate onDate, LegalParameters parameters);

  /** The situation facts this benefit reads (a script that does not fill one leaves the result « à vérifier »). */
  java.util.List<fr.guichet.script.facts.SituationFact> reads();

  /** Whether the benefit reads the members' resources (any resource fact). */
  default boolean readsResources() {
    return true;
  }
}
