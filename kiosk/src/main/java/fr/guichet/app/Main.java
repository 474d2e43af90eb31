package fr.guichet.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import fr.guichet.config.ConfigException;
import fr.guichet.config.ConfigProblem;

/** Entry point of guichet.jar: parses the command line and hands over to one command. */
@Command(
    name = "guichet",
    mixinStandardHelpOptions = true,
    version = "Guichet 0.1.0",
    description = "Entretien guidé pour l'accueil des CCAS, CIAS et PIMMS.",
    subcommands = {
      EligibilityCommand.class,
      CheckScriptsCommand.class,
      ReplayCommand.class,
      TestScriptsCommand.class,
      AccountsCommand.class,
      AuditCommand.class,
      PurgeCommand.class,
      ExportCommand.class,
      EraseCommand.class,
      KioskCommand.class,
      ResumeCommand.class,
      SessionsCommand.class,
      PrintCommand.class,
      DocumentsCommand.class,
      NotesCommand.class,
      ChangesCommand.class,
      IdentityCommand.class,
      SearchCommand.class,
      CaseloadCommand.class,
      AssignCommand.class,
      BackupCommand.class,
      RestoreCommand.class,
      DoctorCommand.class,
      RotateKeyCommand.class,
      StatsCommand.class,
      ConfigCommand.class,
      StoreCopyCommand.class,
    })
public final class Main implements java.util.concurrent.Callable<Integer> {

  /** {@code --config FILE}, accepted before or after any command name. */
  @Option(names = "--config", paramLabel = "FICHIER", scope = ScopeType.INHERIT,
      description = "Fichier de configuration (sinon $GUICHET_CONFIG, sinon"
          + " /etc/guichet/guichet.yaml s'il existe, sinon les valeurs par défaut).")
  void setConfig(String file) {
    Configured.useFile(file);
  }

  /** Options of the desk interface, started when no subcommand is given. */
  @Mixin
  InterfaceOptions interfaceOptions;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command line and returns its exit code (2 for a usage mistake). */
  public static int run(String... args) {
    LogFile.configure();
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    Configured.reset();
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (ex, cmd, parsed) -> {
          if (ex instanceof ConfigException config) {
            cmd.getErr().println("Erreur : la configuration est refusée.");
            for (ConfigProblem p : config.problems()) {
              cmd.getErr().println(p);
            }
            return 1;
          }
          cmd.getErr().println("Erreur : " + ex.getMessage());
          return 1;
        });
    return cli.execute(args);
  }

  @Override
  public Integer call() {
    // No subcommand: the desk interface.
    return TuiLauncher.launch(interfaceOptions, false, null, null, null);
  }
}
