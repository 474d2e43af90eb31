package fr.guichet.eligibility;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of one benefit for one household and date: status, estimated monthly amount where the law allows one,
 * reasons in plain French criterion by criterion, the missing facts (when CANNOT_TELL), documents to bring and who
 * handles the claim.
 */
public record BenefitResult(
    Benefit benefit,
    EligibilityStatus status,
    Optional<BigDecimal> monthlyAmount,
    List<String> reasons,
    List<String> missingFacts,
    List<String> documents,
    String handledBy) {

  public BenefitResult {
    Objects.requireNonNull(benefit, "benefit");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(monthlyAmount, "monthlyAmount");
    reasons = List.copyOf(reasons);
    missingFacts = List.copyOf(missingFacts);
    documents = List.copyOf(documents);
    Objects.requireNonNull(handledBy, "handledBy");
    if (status == EligibilityStatus.CANNOT_TELL && missingFacts.isEmpty()) {
      throw new IllegalArgumentException("CANNOT_TELL must name the missing facts");
    }
    if (status != EligibilityStatus.CANNOT_TELL && !missingFacts.isEmpty()) {
      throw new IllegalArgumentException("missing facts only go with CANNOT_TELL");
    }
    if (monthlyAmount.isPresent() && (status != EligibilityStatus.LIKELY_ELIGIBLE || monthlyAmount.get().signum() <= 0)) {
      throw new IllegalArgumentException("an amount goes only with a likely positive right");
    }
    if (reasons.isEmpty()) {
      throw new IllegalArgumentException("every result explains itself");
    }
  }

  public static BenefitResult likely(Benefit benefit, BigDecimal monthlyAmount, List<String> reasons, List<String> documents) {
    return new BenefitResult(benefit, EligibilityStatus.LIKELY_ELIGIBLE, Optional.ofNullable(monthlyAmount), reasons, List.of(), documents,
        benefit.handledBy());
  }

  public static BenefitResult notEligible(Benefit benefit, List<String> reasons) {
    return new BenefitResult(benefit, EligibilityStatus.NOT_ELIGIBLE, Optional.empty(), reasons, List.of(), List.of(), benefit.handledBy());
  }

  public static BenefitResult cannotTell(Benefit benefit, List<String> reasons, List<String> missing, List<String> documents) {
    return new BenefitResult(benefit, EligibilityStatus.CANNOT_TELL, Optional.empty(), reasons, missing, documents, benefit.handledBy());
  }
}
