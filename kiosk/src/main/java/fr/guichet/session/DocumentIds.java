package fr.guichet.session;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The stable id of a document to bring, from its label: lower case, no accents, words joined by
 * underscores ("Pièce d'identité" gives {@code piece_d_identite}). The same label always gives the
 * same id, so a document ticked at one visit stays ticked at the next.
 */
public final class DocumentIds {
  private static final int MAX = 100;

  private DocumentIds() {}

  public static String of(String label) {
    String folded = Normalizer.normalize(label, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
    if (folded.isEmpty()) {
      folded = "document";
    }
    return folded.length() > MAX ? folded.substring(0, MAX) : folded;
  }
}
