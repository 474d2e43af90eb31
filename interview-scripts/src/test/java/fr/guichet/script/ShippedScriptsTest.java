package fr.guichet.script;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.script.load.ScriptLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ShippedScriptsTest {

  @Test
  void shippedScripts_whenLoaded_haveNoProblem() {
    ScriptLoader.Loaded loaded = new ScriptLoader().loadDirectory(Path.of("scripts"));
    assertThat(loaded.problems()).isEmpty();
    assertThat(loaded.scripts()).extracting(Script::id).contains("accueil-ccas");
  }

  @Test
  void defaultScript_whenLoadedFromTheJarResources_isTheAccueilInterview() {
    Script script = new ScriptLoader().loadBundled(ScriptLoader.DEFAULT_SCRIPT);
    assertThat(script.title().fr()).isEqualTo("Accueil CCAS / PIMMS");
    assertThat(script.household().roles()).extracting(MemberRole::role).containsExactly("demandeur", "conjoint", "enfant", "autre");
  }
}
