package fr.guichet.store.personal;

import java.util.Objects;

/**
 * The person's name and contact, recorded with their consent; stored sealed, found through a
 * keyed blind index of the name and birth date. Phone and e-mail may be blank.
 */
public record Identity(String nom, String prenom, String telephone, String courriel) {
  public Identity {
    Objects.requireNonNull(nom, "nom");
    Objects.requireNonNull(prenom, "prenom");
    telephone = telephone == null ? "" : telephone;
    courriel = courriel == null ? "" : courriel;
  }
}
