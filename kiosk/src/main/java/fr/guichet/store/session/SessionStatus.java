package fr.guichet.store.session;

/** Where a session stands; stored by name, so names must never change. */
public enum SessionStatus {
  EN_COURS,
  TERMINEE,
  ABANDONNEE
}
