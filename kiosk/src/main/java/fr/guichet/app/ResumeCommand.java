package fr.guichet.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code guichet resume CODE}: the desk interface opened on a saved session. */
@Command(name = "resume", mixinStandardHelpOptions = true,
    description = "Ouvre l'entretien enregistré sous ce code (poste d'accueil).")
public final class ResumeCommand implements Callable<Integer> {

  @Mixin
  InterfaceOptions options;

  @Parameters(paramLabel = "CODE", description = "Code de reprise, par exemple K7F-M2Q-9XR4.")
  String code;

  @Override
  public Integer call() {
    return TuiLauncher.launch(options, false, null, null, code);
  }
}
