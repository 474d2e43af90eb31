package fr.guichet.script.load;

import java.util.Collection;

/** The nearest known name to a mistyped one (edit distance at most 2), for friendlier messages. */
public final class Suggestions {

  private Suggestions() {}

  public static String closest(String typed, Collection<?> known) {
    String best = null;
    int bestDistance = 3;
    for (Object candidate : known) {
      int distance = distance(typed, candidate.toString());
      if (distance < bestDistance) {
        best = candidate.toString();
        bestDistance = distance;
      }
    }
    return best;
  }

  public static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) previous[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
