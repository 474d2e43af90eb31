package fr.guichet.store.personal;

/**
 * Who a note is written for: {@code ACCUEIL} notes are practical (what to bring, when to come
 * back) and every agent reads them; {@code SOCIAL} notes are the social worker's, read only by the
 * roles the access policy allows.
 */
public enum NoteKind {
  ACCUEIL,
  SOCIAL
}
