package fr.guichet.script.load;

/**
 * Something to fix in a script's texts that does not stop it from being used: a translation
 * missing (French is shown instead, marked), a text too long for an 80×24 screen, a translated
 * text that no longer has a question. Reported by {@code check-scripts}, per language.
 */
public record TextNote(String language, Kind kind, String file, int line, int column, String message) {

  /** What kind of note. */
  public enum Kind {
    MISSING("traduction manquante"),
    TOO_LONG("texte trop long pour l'écran"),
    UNUSED("traduction sans texte français");

    private final String words;

    Kind(String words) {
      this.words = words;
    }

    public String words() {
      return words;
    }
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": [" + language + "] " + kind.words() + " : " + message;
  }
}
