package fr.guichet.summary;

import fr.guichet.print.PrintFailedException;
import java.nio.file.Path;
import java.util.Objects;

/** What became of a summary sent to print: printed, or kept as a PDF because printing failed. */
public sealed interface Delivery {

  /** The French sentence for the screen or the terminal. */
  String message();

  /** The printer took the job. {@code printer} is its queue name, or empty for the default. */
  record Printed(String printer) implements Delivery {
    public Printed {
      Objects.requireNonNull(printer, "printer");
    }

    @Override
    public String message() {
      return printer.isEmpty() ? "Le récapitulatif est parti à l'imprimante."
          : "Le récapitulatif est parti à l'imprimante « " + printer + " ».";
    }
  }

  /**
   * No printer answered or the job failed: the PDF is in {@code file} (data directory, owner only).
   *
   * @param code the code as printed on the sheet, or {@link SummaryBuilder#NOT_SAVED}
   */
  record Kept(Path file, String code, PrintFailedException failure) implements Delivery {
    public Kept {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(failure, "failure");
    }

    @Override
    public String message() {
      return failure.userMessage() + " Le récapitulatif n'est pas imprimé ; il est gardé dans le fichier "
          + file + ". Code du dossier : " + code + ".";
    }
  }
}
