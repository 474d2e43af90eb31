package fr.guichet.summary;

import fr.guichet.print.ServiceContact;
import fr.guichet.territory.Routing;
import fr.guichet.territory.Service;
import fr.guichet.territory.Team;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Words the routing for paper: the services to go to (the first one first) and the steps. */
final class RoutingLines {

  private RoutingLines() {}

  /** Each service of the routing once, the one to see first at the top, with its hours. */
  static List<ServiceContact> services(Routing routing, LocalDate date) {
    List<ServiceContact> contacts = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    for (Routing.Visit visit : visits(routing)) {
      if (!seen.contains(visit.service().id())) {
        seen.add(visit.service().id());
        contacts.add(contact(visit, date));
      }
    }
    return contacts;
  }

  /** Where to go, in order: first service (and why), then the others, and what to say calling. */
  static List<String> steps(Routing routing) {
    List<String> steps = new ArrayList<>();
    Routing.Visit first = routing.first();
    String why = first.why().isBlank() ? "" : " " + first.why();
    steps.add("Allez d'abord à : " + first.service().name() + "." + why);
    for (Routing.Visit visit : routing.then()) {
      if (!visit.service().id().equals(first.service().id())) {
        String forWhat = visit.results().isEmpty() ? "" : ", pour : " + String.join(", ", visit.results());
        steps.add("Ensuite : " + visit.service().name() + forWhat + ".");
      }
    }
    if (!first.service().whenCalling().isBlank()) {
      steps.add("Si vous appelez " + first.service().name() + " : " + first.service().whenCalling());
    }
    return steps;
  }

  private static List<Routing.Visit> visits(Routing routing) {
    List<Routing.Visit> visits = new ArrayList<>();
    visits.add(routing.first());
    visits.addAll(routing.then());
    return visits;
  }

  private static ServiceContact contact(Routing.Visit visit, LocalDate date) {
    Service service = visit.service();
    List<String> hours = new ArrayList<>(service.hours().frenchLines());
    hours.addAll(service.hours().closuresFrom(date));
    Optional<String> phone = service.phone().isBlank() ? Optional.empty() : Optional.of(service.phone());
    return new ServiceContact(service.name(), visit.team().map(Team::name), service.address().frenchLines(),
        phone, hours);
  }
}
