package fr.guichet.eligibility.situation;

/** A person's main activity in a month. */
public enum Activity {
  EMPLOYED,
  UNEMPLOYED,
  STUDENT,
  RETIRED,
  INACTIVE
}
