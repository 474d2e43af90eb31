package fr.guichet.eligibility.situation;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;

/**
 * Decisions already taken for a person by the paying body (or figures stated by an adviser), which win over
 * what the engine would compute for those months: AAH granted by the CDAPH, ASPA granted, the person's
 * resources as counted for the ASPA, the right to keep the couple-based AAH after October 2023.
 */
public record Decisions(
    Map<YearMonth, Boolean> aahEligible,
    Map<YearMonth, Boolean> aspaEligible,
    Map<YearMonth, Boolean> aahCoupleRuleKept,
    Map<YearMonth, BigDecimal> aspaResources) {
  public static final Decisions NONE = new Decisions(Map.of(), Map.of(), Map.of(), Map.of());

  public Decisions {
    aahEligible = Map.copyOf(aahEligible);
    aspaEligible = Map.copyOf(aspaEligible);
    aahCoupleRuleKept = Map.copyOf(aahCoupleRuleKept);
    aspaResources = Map.copyOf(aspaResources);
  }
}
