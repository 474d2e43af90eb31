package fr.guichet.app;

import fr.guichet.script.Script;
import fr.guichet.script.load.ScriptLoadException;
import fr.guichet.script.load.ScriptLoader;
import fr.guichet.script.load.ScriptProblem;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Validates interview scripts: every problem with file, line and column, or a one-line summary. */
@Command(name = "check-scripts", mixinStandardHelpOptions = true,
    description = "Vérifie les scripts d'entretien d'un dossier (par défaut, ceux livrés avec Guichet).")
final class CheckScriptsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "DOSSIER", description = "Dossier des scripts (*.yaml, *.yml, *.json), ou un fichier.")
  Path directory;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ScriptLoader loader = new ScriptLoader();
    if (directory == null) return report(out, err, bundled(loader), 1);
    if (Files.isRegularFile(directory)) return report(out, err, single(loader, directory), 1);
    if (!Files.isDirectory(directory)) {
      err.println("Dossier introuvable : " + directory);
      return 2;
    }
    ScriptLoader.Loaded loaded = loader.loadDirectory(directory);
    if (loaded.files() == 0) {
      err.println("Aucun script (*.yaml, *.yml, *.json) dans " + directory);
      return 1;
    }
    return report(out, err, loaded, loaded.files());
  }

  private static ScriptLoader.Loaded bundled(ScriptLoader loader) {
    try {
      ScriptLoader.Checked checked = loader.checkBundled(ScriptLoader.DEFAULT_SCRIPT);
      return new ScriptLoader.Loaded(List.of(checked.script()), List.of(), 1, checked.notes());
    } catch (ScriptLoadException e) {
      return new ScriptLoader.Loaded(List.of(), e.problems(), 1);
    }
  }

  private static ScriptLoader.Loaded single(ScriptLoader loader, Path file) {
    try {
      ScriptLoader.Checked checked = loader.check(file);
      return new ScriptLoader.Loaded(List.of(checked.script()), List.of(), 1, checked.notes());
    } catch (ScriptLoadException e) {
      return new ScriptLoader.Loaded(List.of(), e.problems(), 1);
    }
  }

  private static int report(PrintWriter out, PrintWriter err, ScriptLoader.Loaded loaded, int files) {
    if (loaded.problems().isEmpty()) {
      int questions = loaded.scripts().stream().mapToInt(s -> s.questions().size()).sum();
      out.println(loaded.scripts().size() + " script(s) vérifié(s), " + questions + " questions, aucun problème : "
          + String.join(", ", loaded.scripts().stream().map(ScriptLabel::of).toList()) + ".");
      for (Script script : loaded.scripts()) lacking(out, script);
      TextNotesReport.print(out, loaded.scripts(), loaded.notes());
      return 0;
    }
    for (ScriptProblem problem : loaded.problems()) err.println(problem);
    long broken = loaded.problems().stream().map(ScriptProblem::file).distinct().count();
    err.println(loaded.problems().size() + " problème(s) dans " + broken + " fichier(s) sur " + files + " ; ces scripts ne seront pas utilisés.");
    return 1;
  }

  /** Per benefit, the situation facts the script does not fill: that benefit will stay « à vérifier ». */
  private static void lacking(PrintWriter out, Script script) {
    fr.guichet.eligibility.FactCoverage.lacking(script).forEach((benefit, facts) ->
        out.println(script.id() + " : " + benefit.label() + " restera « à vérifier », faits non remplis : " + String.join(", ", facts)));
  }

  /** "accueil-ccas 2026.11-1". */
  static final class ScriptLabel {
    static String of(Script script) {
      return script.id() + " " + script.version();
    }
  }
}
