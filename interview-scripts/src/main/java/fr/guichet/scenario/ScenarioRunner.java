package fr.guichet.scenario;

import fr.guichet.engine.PreparedAnswers;
import fr.guichet.engine.Replay;
import fr.guichet.script.CommuneResolver;
import fr.guichet.script.Script;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Runs scenario cases through the engine (by replay) and lists every expectation that failed. */
public final class ScenarioRunner {

  private static final BigDecimal AMOUNT_TOLERANCE = new BigDecimal("0.01");

  private final Map<String, Script> scripts;
  private final CommuneResolver communes;
  private final ResultsProvider results;
  private final LocalDate defaultToday;

  /** {@code results} may be null when no eligibility check is wired (results are then not checked). */
  public ScenarioRunner(Map<String, Script> scripts, CommuneResolver communes, ResultsProvider results, LocalDate defaultToday) {
    this.scripts = Map.copyOf(scripts);
    this.communes = communes;
    this.results = results;
    this.defaultToday = defaultToday;
  }

  /** The outcome of one case: its replay, and what did not match (empty when it passed). */
  public record Outcome(ScenarioCase scenario, Replay.Report report, List<String> failures) {
    public boolean passed() {
      return failures.isEmpty();
    }
  }

  public Outcome run(ScenarioCase scenario) {
    Script script = scripts.get(scenario.script() == null ? "accueil-ccas" : scenario.script());
    if (script == null) return new Outcome(scenario, null, List.of("unknown script: " + scenario.script()));
    List<String> failures = new ArrayList<>();
    Replay.Report report;
    try {
      Map<String, String> prepared = PreparedAnswers.flatten(scenario.answers(), script.household());
      LocalDate today = scenario.today() == null ? defaultToday : scenario.today();
      report = Replay.run(script, today, communes, prepared);
    } catch (PreparedAnswers.MalformedAnswers e) {
      return new Outcome(scenario, null, List.of(e.getMessage()));
    }
    checkFlow(scenario, report, failures);
    checkComputed(scenario, report, failures);
    if (!scenario.results().isEmpty() || !scenario.amounts().isEmpty() || scenario.firstService() != null) {
      checkResults(scenario, report, failures);
    }
    return new Outcome(scenario, report, failures);
  }

  private static void checkFlow(ScenarioCase scenario, Replay.Report report, List<String> failures) {
    for (Replay.Rejection rejection : report.rejected()) {
      String expected = scenario.rejected().get(rejection.key());
      if (expected == null) failures.add("answer refused at " + rejection.key() + ": " + rejection.message());
      else if (!rejection.message().contains(expected)) {
        failures.add("refusal at " + rejection.key() + " says '" + rejection.message() + "', expected '" + expected + "'");
      }
    }
    scenario.rejected().keySet().stream()
        .filter(key -> report.rejected().stream().noneMatch(r -> r.key().equals(key)))
        .forEach(key -> failures.add("expected a refusal at " + key));
    boolean expectFinished = scenario.finished() == null ? scenario.rejected().isEmpty() : scenario.finished();
    if (expectFinished && !report.finished()) failures.add("interview stopped at " + report.waitingAt() + " (no answer given)");
    if (!expectFinished && report.finished()) failures.add("interview finished, expected it to stop");
    if (!report.unused().isEmpty() && report.finished()) failures.add("answers given but never asked: " + report.unused());
    for (String key : scenario.asked()) if (!report.asked().contains(key)) failures.add("not asked: " + key);
    for (String key : scenario.notAsked()) if (report.asked().contains(key)) failures.add("asked but should not be: " + key);
  }

  private static void checkComputed(ScenarioCase scenario, Replay.Report report, List<String> failures) {
    scenario.computed().forEach((name, expected) -> {
      Object actual = report.computed().get(name);
      if (!report.computed().containsKey(name)) failures.add("no computed value " + name);
      else if (!same(expected, actual)) failures.add("computed " + name + " = " + actual + ", expected " + expected);
    });
  }

  private void checkResults(ScenarioCase scenario, Replay.Report report, List<String> failures) {
    if (results == null) {
      failures.add("results expected but no eligibility check is wired");
      return;
    }
    Map<String, String> statuses = results.statuses(report.interview());
    scenario.results().forEach((id, expected) -> {
      if (!Objects.equals(statuses.get(id), expected)) failures.add("result " + id + " = " + statuses.get(id) + ", expected " + expected);
    });
    if (scenario.firstService() != null) {
      String first = results.firstService(report.interview());
      if (!scenario.firstService().equals(first)) failures.add("first service " + first + ", expected " + scenario.firstService());
    }
    Map<String, BigDecimal> amounts = results.amounts(report.interview());
    scenario.amounts().forEach((id, expected) -> {
      BigDecimal actual = amounts.get(id);
      BigDecimal wanted = new BigDecimal(String.valueOf(expected));
      if (actual == null || actual.subtract(wanted).abs().compareTo(AMOUNT_TOLERANCE) > 0) {
        failures.add("amount " + id + " = " + actual + ", expected " + wanted);
      }
    });
  }

  private static boolean same(Object expected, Object actual) {
    if (expected == null || actual == null) return expected == actual;
    if (actual instanceof BigDecimal number) {
      try {
        return number.compareTo(new BigDecimal(String.valueOf(expected))) == 0;
      } catch (NumberFormatException e) {
        return false;
      }
    }
    return String.valueOf(expected).equals(String.valueOf(actual));
  }
}
