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
}
