package fr.guichet.app;

import fr.guichet.store.Stores;
import picocli.CommandLine.Command;

/**
 * {@code guichet rotate-key}: replaces the encryption key and re-seals every stored value under
 * the new one, in one transaction (a crash leaves the old key or the new one, never a mix).
 */
@Command(name = "rotate-key", mixinStandardHelpOptions = true,
    description = "Remplace la clé de chiffrement (guichet.key) et rechiffre toutes les données avec la"
        + " nouvelle. Sauvegardez ensuite le nouveau fichier de clé.")
final class RotateKeyCommand extends StoreCommand {
  @Override
  int run(Stores store) {
    store.keys().rotate(PrintCommand.actor());
    out().println("Clé de chiffrement remplacée ; toutes les données sont rechiffrées."
        + " Sauvegardez le nouveau fichier guichet.key (l'ancienne sauvegarde de clé ne sert plus).");
    return 0;
  }
}
