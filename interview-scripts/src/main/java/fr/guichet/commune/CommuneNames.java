package fr.guichet.commune;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Folds commune names, as written officially or as typed by a person, to comparable
 * keys: case and accents are ignored, hyphens, apostrophes, spaces and other
 * punctuation are equivalent (and may be left out altogether), and the usual
 * abbreviations are expanded ("St" → Saint, "Ste" → Sainte, "s/" → sur).
 *
 * <p>A key is the concatenation of the folded words: "L'Haÿ-les-Roses",
 * "l hay les roses" and "lhay-les-roses" all give {@code "lhaylesroses"}. The
 * {@linkplain #strippedKey stripped key} also drops a leading article (Le, La, Les,
 * L'), so "Haÿ-les-Roses" and "Havre" find L'Haÿ-les-Roses and Le Havre.
 *
 * <p>Deliberately free of {@link Normalizer} for the characters found in French names
 * (it is slow to warm up and the directory folds 35,000 names at load time).
 */
final class CommuneNames {

  private static final String ACCENTED = "àáâãäåçèéêëìíîïñòóôõöùúûüýÿ";
  private static final String PLAIN = "aaaaaaceeeeiiiinooooouuuuyy";

  private CommuneNames() {
  }

  /**
   * Splits text into folded words: lower case, ASCII letters and digits only. A word
   * break is also inserted between a letter and a following digit ("paris11").
   */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>(8);
    new Folder(words).fold(text);
    return words;
  }

  /**
   * The {@linkplain #key key} and {@linkplain #strippedKey stripped key} of an official
   * name, in one pass and without building the word list. The stripped key is the same
   * instance when there is no leading article.
   */
  static String[] nameKeys(String name) {
    return new Folder(null).nameKeys(name);
  }

  /**
   * Folds text: builds the concatenated key and, optionally, the word list. Reusable,
   * one text after the other, so that loading 35,000 names allocates less.
   */
  static final class Folder {
    final List<String> words;
    final StringBuilder key = new StringBuilder(32);
    int wordStart;
    int wordCount;
    int firstWordEnd;
    boolean firstIsArticle;

    Folder(List<String> words) {
      this.words = words;
    }

    /** See {@link CommuneNames#nameKeys(String)}. */
    String[] nameKeys(String name) {
      fold(name);
      String key = this.key.toString();
      String stripped = wordCount > 1 && firstIsArticle ? key.substring(firstWordEnd) : key;
      return new String[] {key, stripped};
    }

    void fold(String text) {
      key.setLength(0);
      wordStart = 0;
      wordCount = 0;
      firstWordEnd = 0;
      firstIsArticle = false;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c >= 'a' && c <= 'z') {
          key.append(c);
        } else if (c >= 'A' && c <= 'Z') {
          key.append((char) (c + ('a' - 'A')));
        } else if (isDigit(c)) {
          if (key.length() > wordStart && !isDigit(key.charAt(key.length() - 1))) {
            endWord();
          }
          key.append(c);
        } else if (c < 0x80 || !appendFolded(c, key)) {
          endWord();
        }
      }
      endWord();
    }

    private void endWord() {
      int length = key.length() - wordStart;
      if (length == 0) {
        return;
      }
      String word = null;
      if (length <= 4 && (key.charAt(wordStart) == 's' || key.charAt(wordStart) == 'm')) {
        word = key.substring(wordStart);
        String expanded = expand(word);
        if (!expanded.equals(word)) {
          key.setLength(wordStart);
          key.append(expanded);
          word = expanded;
        }
      }
      if (wordCount == 0) {
        firstWordEnd = key.length();
        firstIsArticle = key.charAt(wordStart) == 'l' && length <= 3
            && isArticle(word != null ? word : key.substring(wordStart));
      }
      if (words != null) {
        words.add(word != null ? word : key.substring(wordStart));
      }
      wordCount++;
      wordStart = key.length();
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Expands the abbreviations people type; none of these words occurs in an official name. */
  private static String expand(String word) {
    switch (word) {
      case "st":
        return "saint";
      case "ste":
        return "sainte";
      case "sts":
        return "saints";
      case "stes":
        return "saintes";
      case "s":
        return "sur"; // "Boulogne s/ Mer"
      case "mt":
        return "mont";
      default:
        return word;
    }
  }

  /**
   * Appends the folded form of a non-ASCII character; returns {@code false} when the
   * character separates words (typographic apostrophes, dashes, non-breaking spaces...).
   */
  private static boolean appendFolded(char c, StringBuilder word) {
    char lower = Character.toLowerCase(c);
    int at = ACCENTED.indexOf(lower);
    if (at >= 0) {
      word.append(PLAIN.charAt(at));
      return true;
    }
    switch (lower) {
      case '\u0153': // oe ligature
        word.append("oe");
        return true;
      case '\u00e6': // ae ligature
        word.append("ae");
        return true;
      case '\u00df': // sharp s
        word.append("ss");
        return true;
      default:
        break;
    }
    if (!Character.isLetterOrDigit(c)) {
      return false;
    }
    // Rare: any other letter. Keep what is ASCII once its marks are stripped.
    String decomposed = Normalizer.normalize(String.valueOf(lower), Normalizer.Form.NFD);
    boolean kept = false;
    for (int i = 0; i < decomposed.length(); i++) {
      char d = decomposed.charAt(i);
      if (d >= 'a' && d <= 'z' || isDigit(d)) {
        word.append(d);
        kept = true;
      }
    }
    return kept;
  }

  /** The key of a list of words: their concatenation. */
  static String key(List<String> words) {
    return String.join("", words);
  }

  /** The key without a leading article, unless the article is the only word. */
  static String strippedKey(List<String> words) {
    if (words.size() > 1 && isArticle(words.get(0))) {
      return key(words.subList(1, words.size()));
    }
    return key(words);
  }

  static boolean isArticle(String word) {
    return word.equals("le") || word.equals("la") || word.equals("les") || word.equals("l");
  }

  /**
   * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions),
   * or {@code max + 1} as soon as it is known to exceed {@code max}.
   */
  static int distance(String a, String b, int max) {
    return distance(a, b, max, new int[3][b.length() + 1]);
  }

  /**
   * As {@link #distance(String, String, int)}, with three work rows of at least
   * {@code b.length() + 1} ints, reused from one call to the next.
   */
  static int distance(String a, String b, int max, int[][] rows) {
    int n = a.length();
    int m = b.length();
    if (Math.abs(n - m) > max) {
      return max + 1;
    }
    int[] before = rows[0];
    int[] previous = rows[1];
    int[] current = rows[2];
    for (int j = 0; j <= m; j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      current[0] = i;
      int rowMin = current[0];
      char ca = a.charAt(i - 1);
      for (int j = 1; j <= m; j++) {
        char cb = b.charAt(j - 1);
        int cost = ca == cb ? 0 : 1;
        int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
          d = Math.min(d, before[j - 2] + 1);
        }
        current[j] = d;
        rowMin = Math.min(rowMin, d);
      }
      if (rowMin > max) {
        return max + 1;
      }
      int[] recycled = before;
      before = previous;
      previous = current;
      current = recycled;
    }
    return Math.min(previous[m], max + 1);
  }
}
