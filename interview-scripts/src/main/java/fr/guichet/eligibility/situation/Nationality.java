package fr.guichet.eligibility.situation;

/** Nationality as the benefits read it. */
public enum Nationality {
  FRENCH,
  EEA_OR_SWISS,
  OTHER
}
