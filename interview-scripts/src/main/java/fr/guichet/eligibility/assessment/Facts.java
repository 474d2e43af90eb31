package fr.guichet.eligibility.assessment;

import fr.guichet.eligibility.situation.Person;
import fr.guichet.eligibility.situation.Role;
import fr.guichet.eligibility.situation.Situation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Collects the facts a benefit needs that are still unknown, named in plain French (never with personal values). */
final class Facts {
  private final Situation situation;
  private final List<String> missing = new ArrayList<>();

  Facts(Situation situation) {
    this.situation = situation;
  }

  static String who(Situation s, Person person) {
    return switch (person.role()) {
      case DEMANDEUR -> "vous";
      case CONJOINT -> "votre conjoint ou conjointe";
      case ENFANT -> "l'enfant n° " + (s.children().indexOf(person) + 1);
      case AUTRE -> "une autre personne du foyer";
    };
  }

  static String whose(Situation s, Person person) {
    return person.role() == Role.DEMANDEUR ? "votre" : "de " + who(s, person);
  }

  Facts eachPerson(Predicate<Person> which, Predicate<Person> known, String what) {
    for (Person person : situation.persons()) {
      if (which.test(person) && !known.test(person)) {
        missing.add(what + (person.role() == Role.DEMANDEUR ? " (vous)" : " (" + who(situation, person) + ")"));
      }
    }
    return this;
  }

  Facts ages(Predicate<Person> which) {
    return eachPerson(which, Person::isAgeKnown, "la date de naissance");
  }

  Facts resources(Predicate<Person> which) {
    return eachPerson(which, p -> p.resources().isKnown(), "les ressources des derniers mois");
  }

  Facts household(boolean known, String what) {
    if (!known) {
      missing.add(what);
    }
    return this;
  }

  List<String> missing() {
    return List.copyOf(missing);
  }

  boolean complete() {
    return missing.isEmpty();
  }
}
