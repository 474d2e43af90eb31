package fr.guichet.app;

import picocli.CommandLine.Option;

/** Options shared by the commands that open the terminal interface. */
public final class InterfaceOptions {

  @Option(names = "--data", paramLabel = "DOSSIER",
      description = "Dossier des données (sinon $GUICHET_DATA, sinon $XDG_DATA_HOME/guichet, sinon $HOME/.local/share/guichet).")
  String data;

  @Option(names = "--script", paramLabel = "FICHIER",
      description = "Questionnaire à utiliser (par défaut : celui livré, accueil-ccas.yaml).")
  String script;

  @Option(names = "--contraste", description = "Couleurs à fort contraste (blanc et jaune sur noir).")
  boolean highContrast;

  @Option(names = "--imprimante", paramLabel = "FILE",
      description = "File d'impression CUPS du résumé (sinon l'imprimante par défaut).")
  String printer;

  @Option(names = "--poste", paramLabel = "NOM",
      description = "Nom de ce poste (sinon $GUICHET_POSTE, sinon le nom de la machine).")
  String terminalId;
}
