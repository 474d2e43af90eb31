package fr.guichet.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

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
    })
public final class Main implements java.util.concurrent.Callable<Integer> {

  /** Options of the desk interface, started when no subcommand is given. */
  @Mixin
  InterfaceOptions interfaceOptions;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command line and returns its exit code (2 for a usage mistake). */
  public static int run(String... args) {
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (ex, cmd, parsed) -> {
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
