package fr.guichet.territory;

import java.util.List;
import java.util.Objects;

/**
 * A service or partner people are sent to (accueil du CIAS, CAF, France Services…): where it
 * is, when it is open, how to reach it, in which languages, how accessible, what to say on the phone.
 */
public record Service(
    String id,
    String name,
    Address address,
    OpeningHours hours,
    String phone,
    List<String> languages,
    String accessibility,
    String whenCalling) {

  public Service {
    Objects.requireNonNull(id);
    Objects.requireNonNull(name);
    Objects.requireNonNull(address);
    Objects.requireNonNull(hours);
    phone = phone == null ? "" : phone;
    languages = List.copyOf(languages);
    accessibility = accessibility == null ? "" : accessibility;
    whenCalling = whenCalling == null ? "" : whenCalling;
  }
}
