package fr.guichet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LanguageCommandsTest {

  @TempDir Path dir;

  @Test
  void replay_whenLanguageNotOfferedByTheScript_saysWhichAreAndExitsTwo() throws Exception {
    Path answers = dir.resolve("reponses.yaml");
    Files.writeString(answers, "motif: droits\n");
    Cli.Result result = Cli.runRaw(List.of(), "replay", "--answers", answers.toString(), "--lang", "ua");
    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).contains("Langue « ua » non proposée par ce script (fr");
  }
}
