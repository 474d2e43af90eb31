package fr.guichet.app;

import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code guichet kiosk}: the self-service kiosk, for a citizen alone. */
@Command(name = "kiosk", mixinStandardHelpOptions = true,
    description = "Borne libre-service : avis de confidentialité, reprise avec code et date de"
        + " naissance, écran effacé après inactivité, sortie seulement avec le code opérateur.")
public final class KioskCommand implements Callable<Integer> {

  @Mixin
  InterfaceOptions options;

  @Option(names = "--inactivite", paramLabel = "SECONDES",
      description = "Secondes sans action avant d'effacer l'écran (sinon kiosk.inactivite de la"
          + " configuration, sinon 90).")
  Long idleSeconds;

  @Option(names = "--pin-operateur", paramLabel = "PIN",
      description = "Code opérateur pour quitter (F12). Préférez la variable "
          + TuiLauncher.PIN_VARIABLE + ".")
  String pin;

  @Override
  public Integer call() {
    Duration idle = idleSeconds != null
        ? (idleSeconds > 0 ? Duration.ofSeconds(idleSeconds) : null)
        : Configured.config().kioskIdle().orElse(null);
    return TuiLauncher.launch(options, true, idle, pin, null);
  }
}
