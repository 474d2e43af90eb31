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
}
