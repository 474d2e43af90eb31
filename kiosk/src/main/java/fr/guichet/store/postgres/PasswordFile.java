package fr.guichet.store.postgres;

import fr.guichet.store.StoreException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the database role's password from the first line of its file (never logged). */
final class PasswordFile {
  private PasswordFile() {}

  /** The password, or null when there is no file (peer or trust authentication). */
  static String read(Path file) {
    if (file == null) {
      return null;
    }
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst()
          .map(String::strip).orElse("");
    } catch (IOException | SecurityException e) {
      throw new StoreException("Le fichier du mot de passe de la base " + file + " est illisible."
          + " Vérifiez qu'il existe et que l'utilisateur guichet peut le lire.",
          "Cannot read the database password file " + file, e);
    }
  }
}
