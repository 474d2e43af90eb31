package fr.guichet.bench;

import fr.guichet.commune.DirectoryCommuneResolver;
import fr.guichet.engine.Interview;
import fr.guichet.engine.Outcome;
import fr.guichet.engine.PreparedAnswers;
import fr.guichet.scenario.ScenarioCase;
import fr.guichet.scenario.ScenarioLoader;
import fr.guichet.script.CommuneResolver;
import fr.guichet.script.Script;
import fr.guichet.script.load.ScriptLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

/**
 * Benchmark of the interview engine (a plain main, run by bench/run.sh; not a unit test), in
 * thread CPU time:
 * script load + validation cold and warm, and answer -> next question on the default script and
 * on a generated 300-question script with household repeats.
 */
public final class EngineBench {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

  public static void main(String[] args) throws Exception {
    String yaml = Files.readString(Path.of(args.length > 0 ? args[0] : "interview-scripts/scripts/accueil-ccas.yaml"));
    long start = cpu();
    Script script = new ScriptLoader().parse("accueil-ccas.yaml", yaml);
    double coldMs = (cpu() - start) / 1e6;
    int loads = 300;
    for (int i = 0; i < loads; i++) new ScriptLoader().parse("accueil-ccas.yaml", yaml);
    start = cpu();
    for (int i = 0; i < loads; i++) new ScriptLoader().parse("accueil-ccas.yaml", yaml);
    double warmMs = (cpu() - start) / 1e6 / loads;
    System.out.printf("load+validate default script: cold %.1f ms, warm %.3f ms (%d questions)%n", coldMs, warmMs, script.questions().size());

    CommuneResolver communes = DirectoryCommuneResolver.bundled();
    communes.resolve("Besançon");
    ScenarioCase couple = new ScenarioLoader().loadDirectory(Path.of(args.length > 1 ? args[1] : "interview-scripts/cases")).stream()
        .filter(c -> c.name().startsWith("Couple avec deux enfants")).findFirst().orElseThrow();
    Map<String, String> coupleAnswers = PreparedAnswers.flatten(couple.answers(), script.household());
    measure("default script, couple + 2 children", script, communes, coupleAnswers);

    Script generated = new ScriptLoader().parse("bench-300.yaml", GeneratedScript.yaml());
    measure("generated 300-question script, 5 members", generated, communes, GeneratedScript.answers());
  }

  private static void measure(String name, Script script, CommuneResolver communes, Map<String, String> answers) {
    int answered = walk(script, communes, answers, false);
    for (int i = 0; i < 2_000; i++) walk(script, communes, answers, false);
    int rounds = 2_000;
    long start = cpu();
    for (int i = 0; i < rounds; i++) walk(script, communes, answers, false);
    double submitUs = (cpu() - start) / 1e3 / rounds / answered;
    for (int i = 0; i < 500; i++) walk(script, communes, answers, true);
    start = cpu();
    for (int i = 0; i < rounds; i++) walk(script, communes, answers, true);
    double viewUs = (cpu() - start) / 1e3 / rounds / answered;
    for (int i = 0; i < 20_000; i++) Interview.start(script, TODAY, communes);
    start = cpu();
    for (int i = 0; i < 20_000; i++) Interview.start(script, TODAY, communes);
    double startUs = (cpu() - start) / 1e3 / 20_000;
    System.out.printf("%s: %d answers; start %.2f µs; answer -> next question %.2f µs (start excluded); "
        + "with the screen's view-model and progress %.2f µs%n",
        name, answered, startUs, submitUs - startUs / answered, viewUs - startUs / answered);
  }

  /**
   * This thread's CPU time in ns: unlike wall-clock time it does not count the time spent waiting
   * for a core, so figures stay comparable on a busy machine.
   */
  private static long cpu() {
    return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  /** One whole interview; returns how many answers were given. */
  private static int walk(Script script, CommuneResolver communes, Map<String, String> answers, boolean views) {
    Interview interview = Interview.start(script, TODAY, communes);
    int count = 0;
    if (views) interview.current();
    while (!interview.atEnd()) {
      String key = interview.currentKey().orElseThrow();
      String raw = interview.currentIsInformation() ? "" : answers.get(key);
      if (raw == null) throw new IllegalStateException("no answer for " + key);
      if (!(interview.submit(raw) instanceof Outcome.Accepted)) throw new IllegalStateException("refused " + key);
      count++;
      if (views) interview.current();
    }
    return count;
  }
}
