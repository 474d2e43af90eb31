package fr.guichet.app;

import fr.guichet.script.Script;
import fr.guichet.script.load.TextNote;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/**
 * The texts part of {@code check-scripts}: for each language of the scripts, how many texts are
 * missing (shown in French, marked) or too long for an 80×24 screen, then each one with file:line.
 */
final class TextNotesReport {

  private TextNotesReport() {}

  static void print(PrintWriter out, List<Script> scripts, List<TextNote> notes) {
    java.util.LinkedHashSet<String> languages = new java.util.LinkedHashSet<>();
    scripts.forEach(script -> languages.addAll(script.languages()));
    Map<String, int[]> counts = new java.util.LinkedHashMap<>();
    for (String language : languages) counts.put(language, new int[TextNote.Kind.values().length]);
    for (TextNote note : notes) counts.computeIfAbsent(note.language(), l -> new int[TextNote.Kind.values().length])[note.kind().ordinal()]++;
    counts.forEach((language, n) -> out.println("Textes en « " + language + " » : "
        + n[TextNote.Kind.MISSING.ordinal()] + " traduction(s) manquante(s), "
        + n[TextNote.Kind.TOO_LONG.ordinal()] + " trop long(s) pour l'écran 80×24, "
        + n[TextNote.Kind.UNUSED.ordinal()] + " traduction(s) sans texte français."));
    notes.forEach(out::println);
  }
}
