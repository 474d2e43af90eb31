package fr.guichet.territory;

import fr.guichet.expr.CompiledExpression;
import fr.guichet.expr.ExpressionCompiler;
import fr.guichet.expr.Symbol;
import fr.guichet.expr.SymbolsWithNames;
import fr.guichet.expr.ValueType;
import fr.guichet.script.Script;
import fr.guichet.script.load.KeyChecker;
import fr.guichet.script.load.Problems;
import fr.guichet.script.load.YamlFileReader;
import fr.guichet.territory.TerritoryFile.AddressFile;
import fr.guichet.territory.TerritoryFile.ClosedFile;
import fr.guichet.territory.TerritoryFile.CommuneFile;
import fr.guichet.territory.TerritoryFile.EpciFile;
import fr.guichet.territory.TerritoryFile.HoursFile;
import fr.guichet.territory.TerritoryFile.RoutingFile;
import fr.guichet.territory.TerritoryFile.RuleFile;
import fr.guichet.territory.TerritoryFile.ServiceFile;
import fr.guichet.territory.TerritoryFile.TargetFile;
import fr.guichet.territory.TerritoryFile.TeamFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a territory file into a {@link Territory}, checking ids, references between services and
 * teams, hours and routing expressions, and recording every problem with its position.
 */
final class TerritoryCompiler {

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");
  private static final Pattern INSEE = Pattern.compile("\\d[\\dAB]\\d{3}");
  private static final Set<String> STATUS_WORDS = Set.of("probable", "non", "incertain");
  private static final KeyChecker KEYS = new KeyChecker(places());

  private final Problems problems;
  private final Script script;
  private final Set<String> resultIds;
  private final Map<String, Service> services = new LinkedHashMap<>();
  private final Map<String, Team> teams = new LinkedHashMap<>();

  private TerritoryCompiler(Problems problems, Script script, Set<String> resultIds) {
    this.problems = problems;
    this.script = script;
    this.resultIds = resultIds;
  }

  private static Map<String, Class<? extends Record>> places() {
    Map<String, Class<? extends Record>> places = new LinkedHashMap<>();
    places.put("", TerritoryFile.class);
    places.put("/epci", EpciFile.class);
    places.put("/communes/#", CommuneFile.class);
    places.put("/teams/#", TeamFile.class);
    places.put("/services/#", ServiceFile.class);
    places.put("/services/#/address", AddressFile.class);
    places.put("/services/#/hours/#", HoursFile.class);
    places.put("/services/#/closed/#", ClosedFile.class);
    places.put("/routing", RoutingFile.class);
    places.put("/routing/rules/#", RuleFile.class);
    places.put("/routing/otherwise", TargetFile.class);
    return places;
  }

  static Territory parse(String fileName, String text, Script script, Set<String> resultIds) {
    YamlFileReader.Read<TerritoryFile> read = new YamlFileReader().read(fileName, text, TerritoryFile.class, KEYS);
    Territory territory = read.file() == null ? null : new TerritoryCompiler(read.problems(), script, resultIds).compile(read.file());
    if (territory == null && !read.problems().any()) read.problems().at("", "fichier du territoire inutilisable");
    read.problems().throwIfAny();
    return territory;
  }

  private Territory compile(TerritoryFile file) {
    if (file.id() == null || !file.id().matches("[a-z0-9][a-z0-9-]*")) problems.at("/id", "identifiant (id) manquant ou invalide : minuscules, chiffres et tirets");
    if (file.name() == null || file.name().isBlank()) problems.at("/name", "nom du territoire (name) manquant");
    List<Territory.Commune> communes = communes(file.communes());
    List<ServiceFile> serviceFiles = file.services() == null ? List.of() : file.services();
    if (serviceFiles.isEmpty()) problems.at("/services", "aucun service (services)");
    for (int i = 0; i < serviceFiles.size(); i++) service(serviceFiles.get(i), "/services/" + i);
    List<TeamFile> teamFiles = file.teams() == null ? List.of() : file.teams();
    for (int i = 0; i < teamFiles.size(); i++) team(teamFiles.get(i), "/teams/" + i);
    RoutingRules routing = routing(file.routing());
    if (problems.any()) return null;
    return new Territory(file.id(), file.name(), file.notice(), communes, java.util.Collections.unmodifiableMap(services),
        java.util.Collections.unmodifiableMap(teams), routing);
  }

  private List<Territory.Commune> communes(List<CommuneFile> files) {
    List<Territory.Commune> communes = new ArrayList<>();
    for (int i = 0; files != null && i < files.size(); i++) {
      CommuneFile file = files.get(i);
      if (file.insee() == null || !INSEE.matcher(file.insee()).matches()) {
        problems.at("/communes/" + i + "/insee", "code INSEE manquant ou invalide : 5 caractères, entre guillemets (\"25434\")");
      } else if (file.name() == null || file.name().isBlank()) {
        problems.at("/communes/" + i, "nom de la commune (name) manquant");
      } else {
        communes.add(new Territory.Commune(file.insee(), file.name()));
      }
    }
    return communes;
  }

  private void service(ServiceFile file, String pointer) {
    if (!newId(file.id(), pointer + "/id", services.keySet())) return;
    if (file.name() == null || file.name().isBlank()) problems.at(pointer + "/name", "nom du service (name) manquant");
    AddressFile address = file.address();
    if (address == null || address.lines() == null || address.lines().isEmpty()) {
      problems.at(pointer + "/address", "adresse manquante : {lines: [\"…\"], postal_code: \"…\", commune: …, example: true si c'est un exemple}");
      return;
    }
    OpeningHours hours = new HoursReader(problems).read(file.hours(), file.closed(), file.hoursNote(), pointer);
    services.put(file.id(), new Service(file.id(), file.name() == null ? "" : file.name(),
        new Address(address.lines(), address.postalCode(), address.commune(), Boolean.TRUE.equals(address.example())),
        hours, file.phone(), file.languages() == null ? List.of("français") : file.languages(), file.accessibility(),
        file.whenCalling()));
  }

  private void team(TeamFile file, String pointer) {
    if (!newId(file.id(), pointer + "/id", teams.keySet())) return;
    if (file.name() == null || file.name().isBlank()) problems.at(pointer + "/name", "nom de l'équipe (name) manquant");
    if (knownService(file.service(), pointer + "/service")) teams.put(file.id(), new Team(file.id(), file.name(), file.service()));
  }

  private boolean newId(String id, String pointer, Set<String> taken) {
    if (id == null || !ID.matcher(id).matches()) problems.at(pointer, "identifiant (id) manquant ou invalide : minuscules, chiffres et _");
    else if (taken.contains(id)) problems.at(pointer, "l'identifiant « " + id + " » est déjà utilisé plus haut");
    else return true;
    return false;
  }

  private boolean knownService(String id, String pointer) {
    if (id != null && services.containsKey(id)) return true;
    String suggestion = id == null ? null : fr.guichet.script.load.Suggestions.closest(id, services.keySet());
    problems.at(pointer, "service « " + id + " » inconnu" + (suggestion == null ? " : il doit figurer dans services" : " — vouliez-vous dire « " + suggestion + " » ?"));
    return false;
  }

  private RoutingRules routing(RoutingFile file) {
    if (file == null) {
      problems.at("", "orientation (routing) manquante : au moins otherwise: {service: …, why: …}");
      return null;
    }
    Map<String, String> serviceByResult = new LinkedHashMap<>();
    if (file.results() != null) file.results().forEach((result, service) -> {
      if (!resultIds.contains(result)) problems.at("/routing/results/" + result + "#key", "« " + result + " » n'est ni une prestation ni une aide connue");
      else if (knownService(service, "/routing/results/" + result)) serviceByResult.put(result, service);
    });
    SymbolsWithNames symbols = symbols();
    List<RoutingRules.Rule> rules = new ArrayList<>();
    for (int i = 0; file.rules() != null && i < file.rules().size(); i++) {
      RuleFile rule = file.rules().get(i);
      RoutingRules.Rule compiled = target(rule.when(), rule.service(), rule.team(), rule.why(), "/routing/rules/" + i, symbols);
      if (compiled != null) rules.add(compiled);
    }
    if (file.otherwise() == null) problems.at("/routing", "orientation par défaut (otherwise) manquante");
    TargetFile otherwise = file.otherwise() == null ? new TargetFile(null, null, null) : file.otherwise();
    RoutingRules.Rule fallback = target("true", otherwise.service(), otherwise.team(), otherwise.why(), "/routing/otherwise", symbols);
    return new RoutingRules(rules, fallback, serviceByResult, resultIds);
  }

  private RoutingRules.Rule target(String when, String service, String team, String why, String pointer, SymbolsWithNames symbols) {
    CompiledExpression condition = null;
    if (when == null) problems.at(pointer, "condition (when) manquante");
    else {
      ExpressionCompiler.Result result = new ExpressionCompiler().compile(when, symbols, ValueType.BOOLEAN);
      result.problems().forEach(problem -> problems.inExpression(pointer + "/when", problem));
      condition = result.expression();
    }
    boolean serviceOk = knownService(service, pointer + "/service");
    if (team != null && (!teams.containsKey(team) || !teams.get(team).serviceId().equals(service))) {
      problems.at(pointer + "/team", "équipe « " + team + " » inconnue, ou pas dans le service « " + service + " »");
    }
    if (why == null || why.isBlank()) problems.at(pointer, "raison (why) manquante : dites à la personne pourquoi elle va là");
    return condition == null || !serviceOk ? null : new RoutingRules.Rule(condition, service, team, why);
  }

  private SymbolsWithNames symbols() {
    Map<String, Symbol> results = new LinkedHashMap<>();
    for (String id : resultIds) results.put(id, new Symbol(ValueType.TEXT, STATUS_WORDS));
    return new SymbolsWithNames(script.names(), Map.of(), Map.of(RoutingRules.RESULTS, results));
  }
}
