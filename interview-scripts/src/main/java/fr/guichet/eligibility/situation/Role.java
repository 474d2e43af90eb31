package fr.guichet.eligibility.situation;

/** A person's place in the household, as the CAF sees it. */
public enum Role {
  DEMANDEUR,
  CONJOINT,
  ENFANT,
  AUTRE;

  public boolean isParent() {
    return this == DEMANDEUR || this == CONJOINT;
  }
}
