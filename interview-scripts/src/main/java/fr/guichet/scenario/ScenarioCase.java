package fr.guichet.scenario;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A test scenario written as data: answers in, expectations out. Expectations left empty are not
 * checked. {@code results} maps a benefit or aid id to the expected status word;
 * {@code firstService} is the service of the territory the person should see first.
 */
public record ScenarioCase(
    String name,
    String file,
    String script,
    LocalDate today,
    Map<String, Object> answers,
    Boolean finished,
    List<String> asked,
    List<String> notAsked,
    Map<String, String> rejected,
    Map<String, Object> computed,
    Map<String, String> results,
    Map<String, Object> amounts,
    String firstService) {

  public ScenarioCase {
    answers = answers == null ? Map.of() : answers;
    asked = asked == null ? List.of() : List.copyOf(asked);
    notAsked = notAsked == null ? List.of() : List.copyOf(notAsked);
    rejected = rejected == null ? Map.of() : rejected;
    computed = computed == null ? Map.of() : computed;
    results = results == null ? Map.of() : results;
    amounts = amounts == null ? Map.of() : amounts;
  }
}
