package fr.guichet.app;

import fr.guichet.script.Script;
import fr.guichet.script.load.ScriptLoader;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The --script option shared by commands: a script file, or the bundled default interview. */
final class ScriptOption {

  @Option(names = "--script", paramLabel = "FICHIER", description = "Script d'entretien (par défaut : l'accueil CCAS livré).")
  Path file;

  /** Loads the script; a broken one throws ScriptLoadException with every problem. */
  Script load() {
    ScriptLoader loader = new ScriptLoader();
    return file == null ? loader.loadBundled(ScriptLoader.DEFAULT_SCRIPT) : loader.load(file);
  }

  /** Loads the script, or prints every problem and returns null. */
  Script loadOrReport(java.io.PrintWriter err) {
    try {
      return load();
    } catch (fr.guichet.script.load.ScriptLoadException e) {
      e.problems().forEach(err::println);
      return null;
    }
  }
}
