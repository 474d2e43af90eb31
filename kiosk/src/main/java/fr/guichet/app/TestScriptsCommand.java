package fr.guichet.app;

import fr.guichet.commune.DirectoryCommuneResolver;
import fr.guichet.scenario.ScenarioCase;
import fr.guichet.scenario.ScenarioLoader;
import fr.guichet.scenario.ScenarioRunner;
import fr.guichet.script.Script;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Runs the scenario cases that come with the scripts and says which ones fail and why. */
@Command(name = "test-scripts", mixinStandardHelpOptions = true,
    description = "Rejoue les scénarios de test des scripts (par défaut, ceux livrés avec Guichet).")
final class TestScriptsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "DOSSIER", description = "Dossier des scénarios (*.yaml), ou un fichier.")
  Path cases;

  @Mixin ScriptOption script = new ScriptOption();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Script loaded = script.loadOrReport(err);
    if (loaded == null) return 1;
    List<ScenarioCase> scenarios;
    try {
      scenarios = load();
    } catch (ScenarioLoader.BadScenarioFile e) {
      err.println(e.getMessage());
      return 2;
    }
    if (scenarios == null) {
      err.println("Scénarios introuvables : " + cases);
      return 2;
    }
    Map<String, Script> scripts = new java.util.HashMap<>();
    Script kiosk = new fr.guichet.script.load.ScriptLoader().loadBundled("borne-rapide.yaml");
    scripts.put(kiosk.id(), kiosk);
    scripts.put(loaded.id(), loaded);
    ScenarioRunner runner = new ScenarioRunner(scripts, DirectoryCommuneResolver.bundled(),
        Eligibility.check(), LocalDate.now());
    int passed = 0;
    int failed = 0;
    for (ScenarioCase scenario : scenarios) {
      ScenarioRunner.Outcome outcome = runner.run(scenario);
      if (outcome.passed()) {
        passed++;
        out.println("ok      " + scenario.file() + " — " + scenario.name());
      } else {
        failed++;
        out.println("ÉCHEC   " + scenario.file() + " — " + scenario.name());
        outcome.failures().forEach(failure -> out.println("        " + failure));
      }
    }
    out.println(passed + " passed, " + failed + " failed");
    return failed == 0 ? 0 : 1;
  }

  private List<ScenarioCase> load() {
    ScenarioLoader loader = new ScenarioLoader();
    if (cases == null) return loader.loadBundled();
    if (Files.isDirectory(cases)) return loader.loadDirectory(cases);
    if (Files.isRegularFile(cases)) return loader.load(cases);
    return null;
  }
}
