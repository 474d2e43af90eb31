package fr.guichet.store.key;

import fr.guichet.store.Actor;

/** The data key that seals every personal value, and its rotation. */
public interface KeyStore {

  /**
   * Re-encrypts every sealed value under a new data key, in one transaction, then replaces the
   * key file. A crash at any point leaves either the old or the new key in force, never a mix.
   */
  void rotate(Actor actor);
}
