package fr.guichet.eligibility;

/** Three-valued outcome of a benefit check. */
public enum EligibilityStatus {
  LIKELY_ELIGIBLE,
  NOT_ELIGIBLE,
  CANNOT_TELL
}
