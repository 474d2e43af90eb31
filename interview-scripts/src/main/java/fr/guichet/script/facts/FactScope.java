package fr.guichet.script.facts;

/** Whether a fact is about the whole household or about each of its members. */
public enum FactScope {
  HOUSEHOLD,
  MEMBER
}
