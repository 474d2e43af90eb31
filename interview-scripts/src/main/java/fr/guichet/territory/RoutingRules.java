package fr.guichet.territory;

import com.ezylang.evalex.data.EvaluationValue;
import fr.guichet.eligibility.Conclusion;
import fr.guichet.engine.Interview;
import fr.guichet.expr.CompiledExpression;
import fr.guichet.expr.Truth;
import fr.guichet.expr.Values;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The routing of a territory: ordered rules over the interview and the results (the first that is
 * true names the service and team to see first), a fallback, and the service of each result.
 */
final class RoutingRules {

  /** The name under which rules read the results: {@code resultat.rsa == 'probable'}. */
  static final String RESULTS = "resultat";

  /** A rule: when it is true, see this service (and team) first, for this reason. */
  record Rule(CompiledExpression when, String serviceId, String teamId, String why) {}

  private final List<Rule> rules;
  private final Rule otherwise;
  private final Map<String, String> serviceByResult;
  private final Set<String> resultIds;

  RoutingRules(List<Rule> rules, Rule otherwise, Map<String, String> serviceByResult, Set<String> resultIds) {
    this.rules = List.copyOf(rules);
    this.otherwise = otherwise;
    this.serviceByResult = Map.copyOf(serviceByResult);
    this.resultIds = Set.copyOf(resultIds);
  }

  Routing route(Interview interview, List<Conclusion> conclusions, Map<String, Service> services, Map<String, Team> teams) {
    Map<String, EvaluationValue> names = Map.of(RESULTS, EvaluationValue.structureValue(results(conclusions)));
    Rule chosen = otherwise;
    for (Rule rule : rules) {
      if (Values.truth(interview.evaluate(rule.when(), names).value()) == Truth.TRUE) {
        chosen = rule;
        break;
      }
    }
    Map<String, List<String>> resultsByService = resultsByService(conclusions, services);
    Service first = services.get(chosen.serviceId());
    Optional<Team> team = Optional.ofNullable(chosen.teamId()).map(teams::get);
    List<String> firstResults = resultsByService.getOrDefault(first.id(), List.of());
    List<Routing.Visit> then = new ArrayList<>();
    resultsByService.forEach((serviceId, names1) -> {
      if (!serviceId.equals(first.id())) then.add(new Routing.Visit(services.get(serviceId), Optional.empty(), "", names1));
    });
    return new Routing(new Routing.Visit(first, team, chosen.why(), firstResults), then);
  }

  private Map<String, EvaluationValue> results(List<Conclusion> conclusions) {
    Map<String, EvaluationValue> values = new HashMap<>();
    for (String id : resultIds) values.put(id, Values.ABSENT);
    for (Conclusion conclusion : conclusions) values.put(conclusion.id(), Values.of(conclusion.statusWord()));
    return values;
  }

  /** The names of the results to claim or check, by the service that handles them, in result order. */
  private Map<String, List<String>> resultsByService(List<Conclusion> conclusions, Map<String, Service> services) {
    Map<String, List<String>> byService = new LinkedHashMap<>();
    for (Conclusion conclusion : conclusions) {
      if (!conclusion.toClaim()) continue;
      String serviceId = conclusion.serviceId().isEmpty() ? serviceByResult.get(conclusion.id()) : conclusion.serviceId();
      if (serviceId == null || !services.containsKey(serviceId)) continue;
      byService.computeIfAbsent(serviceId, k -> new ArrayList<>()).add(conclusion.name());
    }
    return byService;
  }
}
