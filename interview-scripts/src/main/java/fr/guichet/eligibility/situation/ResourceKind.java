package fr.guichet.eligibility.situation;

/** Kinds of income, each counted differently by each benefit. */
public enum ResourceKind {
  /** Net wages of the month (salaire net). */
  WAGES,
  /** Taxable wages (salaire imposable): the AAH reads them. */
  TAXABLE_WAGES,
  /** Wages as declared for income tax, yearly (revenu assimilé salaire): family benefits read year N-2. */
  DECLARED_WAGES,
  APPRENTICE_PAY,
  UNEMPLOYMENT_BENEFITS,
  PENSIONS,
  AAH,
  RSA,
  PPA,
  ASPA,
  /** Allocations familiales received. */
  FAMILY_BENEFITS,
  /** Allocation de soutien familial received. */
  ASF,
  /** Complément familial received. */
  CF,
  /** PAJE allocation de base received. */
  PAJE_BASE,
  ALIMONY,
  OTHER;

  public boolean isActivity() {
    return this == WAGES || this == APPRENTICE_PAY;
  }
}
