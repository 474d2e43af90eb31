package fr.guichet.doctor;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;

/** Printer queue, terminal size and encoding, clock: what lives outside Guichet's files. */
final class SystemChecks {
  /** The smallest screen the kiosk and desk layouts are drawn for. */
  static final int MIN_COLUMNS = 80;
  static final int MIN_ROWS = 24;
  /** No legitimate clock of a Guichet machine is before the year this version was written. */
  static final int EARLIEST_YEAR = 2025;

  private final Clock clock;

  SystemChecks(Clock clock) {
    this.clock = clock;
  }

  Finding printer(String queue) {
    String subject = "imprimante";
    if (!Files.isExecutable(Path.of("/usr/bin/lpr"))) {
      return Finding.action(subject, "la commande lpr manque : installez-la (apt install cups"
          + " cups-bsd), ou enregistrez les récapitulatifs en PDF (guichet print CODE --out).");
    }
    PrintService[] services = PrintServiceLookup.lookupPrintServices(null, null);
    if (queue != null) {
      boolean found = Arrays.stream(services).anyMatch(s -> s.getName().equals(queue));
      return found ? Finding.ok(subject, "file « " + queue + " » présente")
          : Finding.action(subject, "pas de file « " + queue + " ». Vérifiez son nom (lpstat -p)"
              + " ou ajoutez-la (http://localhost:631 ou lpadmin).");
    }
    PrintService fallback = PrintServiceLookup.lookupDefaultPrintService();
    if (fallback != null) {
      return Finding.ok(subject, "file par défaut « " + fallback.getName() + " »");
    }
    if (services.length > 0) {
      return Finding.action(subject, services.length + " file(s) mais aucune par défaut :"
          + " choisissez-en une (lpoptions -d " + services[0].getName() + ") ou donnez"
          + " --printer à guichet.");
    }
    return Finding.action(subject, "aucune file d'impression. Ajoutez l'imprimante dans CUPS"
        + " (http://localhost:631 ou lpadmin), ou ignorez si ce poste n'imprime pas.");
  }

  Finding terminal(boolean interactive, String nativeEncoding) {
    String subject = "terminal";
    boolean utf8 = nativeEncoding != null
        && nativeEncoding.replace("-", "").equalsIgnoreCase("UTF8");
    if (!utf8) {
      return Finding.action(subject, "les caractères ne sont pas en UTF-8 (" + nativeEncoding
          + ") : les accents s'afficheraient mal. Réglez LANG=C.UTF-8 ou fr_FR.UTF-8"
          + " (dpkg-reconfigure locales).");
    }
    if (!interactive) {
      return Finding.unchecked(subject, "UTF-8, mais pas d'écran ici (sortie redirigée) :"
          + " lancez guichet doctor sur l'écran du poste pour en vérifier la taille.");
    }
    Optional<int[]> size = sttySize();
    if (size.isEmpty()) {
      return Finding.unchecked(subject, "UTF-8 ; taille illisible (stty size)");
    }
    int rows = size.get()[0];
    int cols = size.get()[1];
    if (cols < MIN_COLUMNS || rows < MIN_ROWS) {
      return Finding.action(subject, cols + "×" + rows + " : trop petit. Agrandissez la fenêtre"
          + " ou réduisez la police jusqu'à au moins " + MIN_COLUMNS + "×" + MIN_ROWS + ".");
    }
    return Finding.ok(subject, cols + "×" + rows + ", UTF-8");
  }

  Finding clock(Optional<Instant> lastWrite) {
    String subject = "horloge";
    Instant now = clock.instant();
    String shown = now.atZone(ZoneId.systemDefault()).toLocalDateTime().withNano(0).toString()
        .replace('T', ' ');
    if (Year.from(now.atZone(ZoneId.systemDefault())).getValue() < EARLIEST_YEAR) {
      return Finding.action(subject, "elle indique " + shown + ", c'est faux : les durées de"
          + " conservation et les droits en dépendent. Réglez l'heure (timedatectl set-ntp true).");
    }
    if (lastWrite.isPresent() && now.isBefore(lastWrite.get().minusSeconds(60))) {
      return Finding.action(subject, "elle indique " + shown + ", avant le dernier enregistrement"
          + " de la base : elle retarde. Réglez l'heure (timedatectl set-ntp true).");
    }
    return Finding.ok(subject, shown + " (" + ZoneId.systemDefault() + ")" + ntpNote());
  }

  private static String ntpNote() {
    Optional<String> synced = run("timedatectl", "show", "-p", "NTPSynchronized", "--value");
    if (synced.isEmpty()) {
      return "";
    }
    return synced.get().strip().equals("yes") ? ", synchronisée" : ", NON synchronisée"
        + " (timedatectl set-ntp true)";
  }

  private static Optional<int[]> sttySize() {
    File tty = new File("/dev/tty");
    if (!tty.exists()) {
      return Optional.empty();
    }
    try {
      Process p = new ProcessBuilder("stty", "size").redirectInput(tty)
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
      if (!p.waitFor(2, TimeUnit.SECONDS) || p.exitValue() != 0) {
        return Optional.empty();
      }
      String[] parts = text.strip().split("\\s+");
      return Optional.of(new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])});
    } catch (IOException | NumberFormatException | ArrayIndexOutOfBoundsException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  private static Optional<String> run(String... command) {
    try {
      Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
      String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return p.waitFor(3, TimeUnit.SECONDS) && p.exitValue() == 0 ? Optional.of(text)
          : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}
