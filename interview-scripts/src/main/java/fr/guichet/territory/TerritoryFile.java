package fr.guichet.territory;

import java.util.List;
import java.util.Map;

/**
 * The territory file as written, bound by Jackson before validation. Every field is optional
 * here; {@link TerritoryCompiler} says what is missing. Keys are snake_case in the file.
 */
record TerritoryFile(
    String id,
    String name,
    String notice,
    EpciFile epci,
    List<CommuneFile> communes,
    List<TeamFile> teams,
    List<ServiceFile> services,
    RoutingFile routing) {

  record EpciFile(String siren, String name) {}

  record CommuneFile(String insee, String name) {}

  record TeamFile(String id, String name, String service) {}

  record ServiceFile(
      String id,
      String name,
      AddressFile address,
      List<HoursFile> hours,
      List<ClosedFile> closed,
      String hoursNote,
      String phone,
      List<String> languages,
      String accessibility,
      String whenCalling) {}

  record AddressFile(List<String> lines, String postalCode, String commune, Boolean example) {}

  record HoursFile(List<String> days, List<String> times) {}

  record ClosedFile(String from, String to, String reason) {}

  record RoutingFile(Map<String, String> results, List<RuleFile> rules, TargetFile otherwise) {}

  record RuleFile(String when, String service, String team, String why) {}

  record TargetFile(String service, String team, String why) {}
}
