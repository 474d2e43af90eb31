package fr.guichet.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.commune.DirectoryCommuneResolver;
import fr.guichet.eligibility.EligibilityEngine;
import fr.guichet.eligibility.interview.SituationCheck;
import fr.guichet.engine.Replay;
import fr.guichet.script.Question;
import fr.guichet.script.Script;
import fr.guichet.script.load.ScriptLoader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class ScenarioCasesTest {

  private static final Script SCRIPT = new ScriptLoader().load(Path.of("scripts/accueil-ccas.yaml"));
  private static final Script KIOSK = new ScriptLoader().load(Path.of("scripts/borne-rapide.yaml"));
  private static final List<ScenarioCase> CASES = new ScenarioLoader().loadDirectory(Path.of("cases"));
  private static final ScenarioRunner RUNNER =
      new ScenarioRunner(Map.of(SCRIPT.id(), SCRIPT, KIOSK.id(), KIOSK), DirectoryCommuneResolver.bundled(),
          situationCheck(), LocalDate.of(2026, 11, 25));

  private static SituationCheck situationCheck() {
    fr.guichet.aids.LocalAids aids = fr.guichet.aids.LocalAids.load(Path.of("aids/aides-locales.yaml"), SCRIPT);
    fr.guichet.territory.Territory territory = fr.guichet.territory.Territory.load(Path.of("territory/territoire-demo.yaml"), SCRIPT, aids);
    // The local aids and the routing rules are written over the default interview's names.
    return new SituationCheck(EligibilityEngine.withBundledParameters(),
        interview -> interview.script().id().equals(SCRIPT.id()) ? aids.evaluate(interview) : List.of(),
        (interview, conclusions) -> interview.script().id().equals(SCRIPT.id())
            ? territory.route(interview, conclusions).first().service().id() : null);
  }

  @TestFactory
  Stream<DynamicTest> scenario_whenReplayed_meetsItsExpectations() {
    return CASES.stream()
        .map(c -> DynamicTest.dynamicTest(c.file() + " — " + c.name(), () -> assertThat(RUNNER.run(c).failures()).isEmpty()));
  }

  @Test
  void defaultInterview_everyQuestionIsAskedInOneCaseAndSkippedInAnotherWhereItCanBe() {
    Set<String> asked = new HashSet<>();
    Set<String> skipped = new HashSet<>();
    for (ScenarioCase scenario : CASES) {
      Replay.Report report = RUNNER.run(scenario).report();
      if (report == null) continue;
      report.asked().forEach(key -> asked.add(idOf(key)));
      if (report.finished()) report.interview().skippedKeys().forEach(key -> skipped.add(idOf(key)));
    }
    for (Question question : SCRIPT.questions()) {
      if (question.isInformation()) continue;
      assertThat(asked).as("a case asks %s", question.id()).contains(question.id());
      if (!question.conditions().isEmpty()) {
        assertThat(skipped).as("a finished case skips %s", question.id()).contains(question.id());
      }
    }
  }

  @Test
  void bundledScenarioList_whenCompared_matchesTheCasesFolder() throws java.io.IOException {
    try (Stream<Path> files = java.nio.file.Files.list(Path.of("cases"))) {
      List<String> names = files.filter(f -> f.toString().endsWith(".yaml")).map(f -> f.getFileName().toString()).sorted().toList();
      assertThat(ScenarioLoader.BUNDLED_FILES).containsExactlyInAnyOrderElementsOf(names);
    }
    assertThat(new ScenarioLoader().loadBundled()).hasSameSizeAs(CASES);
  }

  private static String idOf(String key) {
    return key.substring(key.lastIndexOf('.') + 1);
  }
}
