package fr.guichet.eligibility;

import fr.guichet.eligibility.situation.Person;
import fr.guichet.eligibility.situation.ResourceKind;
import fr.guichet.eligibility.situation.Situation;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Optional;

/**
 * Which benefits the household says it already receives, and how much a month, read from the
 * situation's facts (the housing aid of the dwelling, the benefits received by the household or
 * by a parent). A benefit already received is not one to claim again.
 */
public final class ReceivedBenefits {
  private ReceivedBenefits() {}

  /** The monthly amount of {@code benefit} received in {@code month}; empty when none is stated. */
  public static Optional<BigDecimal> of(Benefit benefit, Situation s, YearMonth month) {
    BigDecimal amount = switch (benefit) {
      case HOUSING_AID -> s.housing().housingAid().at(month, BigDecimal.ZERO);
      case ALLOCATIONS_FAMILIALES -> s.householdBenefits().month(ResourceKind.FAMILY_BENEFITS, month);
      case SOUTIEN_FAMILIAL -> s.householdBenefits().month(ResourceKind.ASF, month);
      case COMPLEMENT_FAMILIAL -> s.householdBenefits().month(ResourceKind.CF, month);
      case PAJE_BASE -> s.householdBenefits().month(ResourceKind.PAJE_BASE, month);
      case RSA -> s.householdBenefits().month(ResourceKind.RSA, month);
      case PRIME_ACTIVITE -> s.householdBenefits().month(ResourceKind.PPA, month);
      case AAH -> parents(s, ResourceKind.AAH, month);
      case ASPA -> parents(s, ResourceKind.ASPA, month);
      default -> BigDecimal.ZERO;
    };
    return amount != null && amount.signum() > 0 ? Optional.of(amount) : Optional.empty();
  }

  private static BigDecimal parents(Situation s, ResourceKind kind, YearMonth month) {
    BigDecimal total = BigDecimal.ZERO;
    for (Person parent : s.parents()) {
      total = total.add(parent.resourcesOrNone().month(kind, month));
    }
    return total;
  }
}
