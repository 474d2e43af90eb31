package fr.guichet.commune;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The official list of current French communes, resolving what a person types at the
 * reception desk to an INSEE code.
 *
 * <p>{@link #get()} loads {@code guichet/communes.tsv} from the classpath once, on first
 * use. The directory is immutable and safe to share between threads.
 *
 * <p>{@link #resolve(String)} accepts, forgivingly:
 * <ul>
 *   <li>a name, ignoring case, accents, hyphens, apostrophes and spaces, with "St"/"Ste"
 *       for Saint/Sainte and an optional leading Le/La/Les/L' ("st etienne",
 *       "lhay les roses", "Havre");</li>
 *   <li>a name with a postal code or a département before or after it, to choose
 *       between homonyms ("Saint-Denis 93200", "Saint-Denis (93)", "93200 Saint-Denis");
 *       an arrondissement ordinal or "Cedex" is ignored ("Paris 11e");</li>
 *   <li>a postal code ("75011"; a leading zero lost by a spreadsheet is restored:
 *       "1400" is 01400);</li>
 *   <li>an INSEE code ("25056", "2A004"). A five-digit number is read as a postal code
 *       first, because that is what people type; over 3,000 numbers are both a postal
 *       code and the INSEE code of another commune. Use {@link #byInseeCode(String)}
 *       when the input is known to be an INSEE code.</li>
 * </ul>
 * When no name matches exactly, names within one or two typing errors are offered as
 * an {@link CommuneMatch.Ambiguous} to confirm (unless a postal code or département
 * singles one out).
 */
public final class CommuneDirectory {

  /**
   * The most candidates an {@link CommuneMatch.Ambiguous} carries. It is above the
   * largest exact match (46 communes share postal code 51300 in the 2026 data), so
   * only approximate matches can be cut.
   */
  public static final int MAX_CANDIDATES = 50;

  private static final Comparator<Commune> BY_INSEE_CODE = new Comparator<>() {
    @Override
    public int compare(Commune a, Commune b) {
      return a.inseeCode().compareTo(b.inseeCode());
    }
  };

  /** Largest population first, then by name and INSEE code (a plain class: no lambda bootstrap at load). */
  private static final Comparator<Commune> BY_POPULATION_DESC = new Comparator<>() {
    @Override
    public int compare(Commune a, Commune b) {
      int byPopulation = Integer.compare(b.population(), a.population());
      if (byPopulation != 0) {
        return byPopulation;
      }
      int byName = a.name().compareTo(b.name());
      return byName != 0 ? byName : a.inseeCode().compareTo(b.inseeCode());
    }
  };

  private final List<Commune> communes; // sorted by INSEE code
  /*
   * The indexes hold a Commune, or a Commune[] for the few keys shared by several:
   * fewer objects to build at start-up than a list per key.
   */
  /** By postal code as a number (75011 -> [Paris]). */
  private final Object[] byPostalCode;
  /** By name key ("saintdenis"). */
  private final Map<String, Object> byKey;
  /**
   * Other keys of some names: without their leading article ("havre" for Le Havre), and
   * without the parenthesised part of the six names that have one ("chateauchinon"
   * for Château-Chinon (Ville) and Château-Chinon (Campagne)).
   */
  private final Map<String, Object> byOtherKey;
  private volatile String[] fuzzyKeys; // built on the first approximate search
  private final String source;
  private final Duration loadDuration;

  private static final class Holder {
    static final CommuneDirectory INSTANCE = loadResource();
  }

  /** The directory of the bundled official list, loaded on first call. */
  public static CommuneDirectory get() {
    return Holder.INSTANCE;
  }

  /**
   * Starts loading the directory in a background daemon thread, so that the first
   * {@link #get()} (usually the commune question) does not wait. Optional; call it
   * once at application start.
   */
  public static void preloadInBackground() {
    Thread loader = new Thread(CommuneDirectory::get, "commune-directory-preload");
    loader.setDaemon(true);
    loader.start();
  }

  private static CommuneDirectory loadResource() {
    long start = System.nanoTime();
    try (InputStream in = CommuneDirectory.class.getClassLoader().getResourceAsStream(CommuneTsv.RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + CommuneTsv.RESOURCE);
      }
      return new CommuneDirectory(in.readAllBytes(), start);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + CommuneTsv.RESOURCE, e);
    }
  }

  /** Builds a directory from TSV text in the format of {@code guichet/communes.tsv}. */
  static CommuneDirectory parse(String tsv) {
    return new CommuneDirectory(tsv.getBytes(StandardCharsets.UTF_8), System.nanoTime());
  }

  /*
   * Start-up cost matters (the first question of an interview waits for it), so the
   * loader avoids regular expressions, lambdas and needless maps: the INSEE index is
   * a binary search over the sorted list, and only names with an article get a
   * second name key.
   */
  private CommuneDirectory(byte[] tsv, long startNanos) {
    String firstComment = null;
    List<Commune> all = new ArrayList<>(35_500);
    Object[] postal = new Object[100_000];
    Map<String, Object> keys = new HashMap<>(48_000);
    Map<String, Object> otherKeys = new HashMap<>(8_000);
    CommuneTsv.Context context = new CommuneTsv.Context();
    boolean sorted = true;

    // Rows are parsed from the bytes: decoding the whole file first would make one
    // UTF-16 string of it (a few names have an oe ligature) and slow everything down.
    int lineNumber = 0;
    int at = 0;
    int length = tsv.length;
    CommuneNames.Folder folder = new CommuneNames.Folder(null);
    while (at < length) {
      lineNumber++;
      if (tsv[at] == '#' || tsv[at] == '\n' || tsv[at] == '\r') {
        int end = CommuneTsv.lineEnd(tsv, at, length);
        int lineEnd = end > at && tsv[end - 1] == '\r' ? end - 1 : end;
        if (firstComment == null && tsv[at] == '#') {
          firstComment = new String(tsv, at + 1, lineEnd - at - 1, StandardCharsets.UTF_8).strip();
        }
        at = end + 1;
        continue;
      }
      Commune commune = CommuneTsv.parse(tsv, at, length, lineNumber, context);
      at = context.next;
      if (!all.isEmpty() && all.get(all.size() - 1).inseeCode().compareTo(commune.inseeCode()) >= 0) {
        sorted = false;
      }
      all.add(commune);
      for (String postalCode : commune.postalCodes()) {
        int slot = postalSlot(postalCode);
        postal[slot] = with(postal[slot], commune);
      }
      String[] nameKeys = folder.nameKeys(commune.name());
      index(keys, nameKeys[0], commune);
      if (nameKeys[1] != nameKeys[0]) {
        index(otherKeys, nameKeys[1], commune);
      }
      int parenthesis = commune.name().indexOf('(');
      if (parenthesis > 0) { // "Château-Chinon (Ville)"
        String[] shortKeys = folder.nameKeys(commune.name().substring(0, parenthesis));
        index(otherKeys, shortKeys[0], commune);
        if (shortKeys[1] != shortKeys[0]) {
          index(otherKeys, shortKeys[1], commune);
        }
      }
    }
    if (all.isEmpty()) {
      throw new IllegalArgumentException("no commune in " + CommuneTsv.RESOURCE);
    }
    if (!sorted) { // strictly increasing codes are also unique
      all.sort(BY_INSEE_CODE);
      for (int i = 1; i < all.size(); i++) {
        if (all.get(i - 1).inseeCode().equals(all.get(i).inseeCode())) {
          throw new IllegalArgumentException(CommuneTsv.RESOURCE + ": duplicate INSEE code "
              + all.get(i).inseeCode());
        }
      }
    }
    this.communes = Collections.unmodifiableList(all);
    this.byPostalCode = postal;
    this.byKey = keys;
    this.byOtherKey = otherKeys;
    this.source = firstComment == null ? "" : firstComment;
    this.loadDuration = Duration.ofNanos(System.nanoTime() - startNanos);
  }

  private static void index(Map<String, Object> index, String key, Commune commune) {
    Object previous = index.putIfAbsent(key, commune);
    if (previous != null) {
      index.put(key, with(previous, commune));
    }
  }

  /** An index entry (null, a Commune or a Commune[]) with one more commune. */
  private static Object with(Object entry, Commune commune) {
    if (entry == null) {
      return commune;
    }
    if (entry instanceof Commune single) {
      return new Commune[] {single, commune};
    }
    Commune[] several = (Commune[]) entry;
    Commune[] more = Arrays.copyOf(several, several.length + 1);
    more[several.length] = commune;
    return more;
  }

  /** The communes of an index entry. */
  private static List<Commune> list(Object entry) {
    if (entry == null) {
      return List.of();
    }
    if (entry instanceof Commune single) {
      return List.of(single);
    }
    return List.of((Commune[]) entry);
  }

  private List<Commune> servedBy(String postalCode) {
    return postalCode.length() == 5 && CommuneTsv.isDigits(postalCode, 0, 5)
        ? list(byPostalCode[postalSlot(postalCode)]) : List.of();
  }

  /** The number of a five-digit postal code already checked. */
  private static int postalSlot(String postalCode) {
    int slot = 0;
    for (int i = 0; i < 5; i++) {
      slot = slot * 10 + (postalCode.charAt(i) - '0');
    }
    return slot;
  }

  /** All communes, in INSEE code order. */
  public List<Commune> all() {
    return communes;
  }

  public int size() {
    return communes.size();
  }

  /** The first header comment of the data file: package name, version and licence. */
  public String source() {
    return source;
  }

  /** How long reading, parsing and indexing the data took. */
  public Duration loadDuration() {
    return loadDuration;
  }

  /** The commune with this INSEE code ("25056", "2A004", case and surrounding spaces ignored). */
  public Optional<Commune> byInseeCode(String inseeCode) {
    if (inseeCode == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(findInsee(inseeCode.strip().toUpperCase(Locale.ROOT)));
  }

  private Commune findInsee(String code) {
    int low = 0;
    int high = communes.size() - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      Commune commune = communes.get(middle);
      int order = commune.inseeCode().compareTo(code);
      if (order < 0) {
        low = middle + 1;
      } else if (order > 0) {
        high = middle - 1;
      } else {
        return commune;
      }
    }
    return null;
  }

  /** The communes served by this postal code, largest first; empty if unknown. */
  public List<Commune> byPostalCode(String postalCode) {
    if (postalCode == null) {
      return List.of();
    }
    return sorted(servedBy(postalCode.strip()));
  }

  /** Resolves what a person typed to a commune; see the class documentation. */
  public CommuneMatch resolve(String typed) {
    if (typed == null || typed.isBlank()) {
      return new CommuneMatch.NotFound();
    }
    CommuneMatch byCode = resolveCode(typed);
    if (byCode != null) {
      return byCode;
    }
    return resolveName(Query.of(CommuneNames.words(typed)));
  }

  /** A bare code, spaces ignored ("75011", "75 011", "2a004"), or {@code null} if not a code. */
  private CommuneMatch resolveCode(String typed) {
    StringBuilder compact = new StringBuilder(8);
    for (int i = 0; i < typed.length(); i++) {
      char c = typed.charAt(i);
      if (!Character.isWhitespace(c) && c != '\u00a0' && c != '\u202f') {
        compact.append(c);
      }
    }
    String code = compact.toString().toUpperCase(Locale.ROOT);
    if (code.length() == 4 && CommuneTsv.isDigits(code, 0, 4)) {
      code = "0".concat(code);
    }
    if (!CommuneTsv.isInseeCode(code)) {
      return null;
    }
    List<Commune> served = servedBy(code);
    if (!served.isEmpty()) {
      return match(served, false);
    }
    Commune commune = findInsee(code);
    return commune == null ? new CommuneMatch.NotFound() : new CommuneMatch.Found(commune);
  }

  private CommuneMatch resolveName(Query query) {
    if (query.words.isEmpty()) {
      return new CommuneMatch.NotFound(); // only a département, or nothing usable
    }
    // The name as typed, or without its leading article, or without the parenthesised
    // part of the official name: "Castillon" offers all five Castillon.
    String strippedKey = CommuneNames.strippedKey(query.words);
    List<Commune> named = union(list(byKey.get(CommuneNames.key(query.words))),
        union(list(byKey.get(strippedKey)), list(byOtherKey.get(strippedKey))));

    if (!query.hasQualifier()) {
      if (!named.isEmpty()) {
        return match(named, false);
      }
      List<Commune> near = nearNames(strippedKey);
      return near.isEmpty() ? new CommuneMatch.NotFound() : match(near, true);
    }

    // A postal code or département was given: it must agree.
    List<Commune> agreeing = query.filter(named);
    if (!agreeing.isEmpty()) {
      return match(agreeing, false);
    }
    List<Commune> near = nearNames(strippedKey);
    List<Commune> nearAgreeing = query.filter(near);
    if (named.isEmpty()) {
      // A typo the postal code or département confirms is found; otherwise ask.
      if (!nearAgreeing.isEmpty()) {
        return match(nearAgreeing, false);
      }
      return near.isEmpty() ? new CommuneMatch.NotFound() : match(near, true);
    }
    // The name exists but not there: never swap it silently for a look-alike that is;
    // offer both for the person to confirm.
    return match(union(named, nearAgreeing), true);
  }

  /** Communes whose name is within one (short names) or two (long names) typing errors. */
  private List<Commune> nearNames(String key) {
    int max = key.length() < 5 ? 0 : key.length() < 9 ? 1 : 2;
    if (max == 0) {
      return List.of();
    }
    int best = max + 1;
    List<String> bestKeys = new ArrayList<>();
    // Candidates longer than key.length() + max are rejected before the rows are used.
    int[][] rows = new int[3][key.length() + max + 1];
    for (String candidate : fuzzyKeys()) {
      int d = CommuneNames.distance(key, candidate, Math.min(max, best), rows);
      if (d < best) {
        best = d;
        bestKeys.clear();
      }
      if (d == best && d <= max) {
        bestKeys.add(candidate);
      }
    }
    List<Commune> near = new ArrayList<>();
    for (String k : bestKeys) {
      near = union(near, list(byKey.get(k)));
      near = union(near, list(byOtherKey.get(k)));
    }
    return near;
  }

  /** Every name key, with and without article, for approximate search. */
  private String[] fuzzyKeys() {
    String[] keys = fuzzyKeys;
    if (keys == null) {
      List<String> all = new ArrayList<>(byKey.size() + byOtherKey.size());
      all.addAll(byKey.keySet());
      all.addAll(byOtherKey.keySet());
      keys = all.toArray(new String[0]);
      fuzzyKeys = keys;
    }
    return keys;
  }

  private static CommuneMatch match(List<Commune> candidates, boolean needsConfirmation) {
    if (candidates.isEmpty()) {
      return new CommuneMatch.NotFound();
    }
    if (candidates.size() == 1 && !needsConfirmation) {
      return new CommuneMatch.Found(candidates.get(0));
    }
    List<Commune> sorted = sorted(candidates);
    return new CommuneMatch.Ambiguous(sorted.size() > MAX_CANDIDATES ? sorted.subList(0, MAX_CANDIDATES) : sorted);
  }

  private static List<Commune> sorted(List<Commune> communes) {
    List<Commune> sorted = new ArrayList<>(communes);
    sorted.sort(BY_POPULATION_DESC);
    return Collections.unmodifiableList(sorted);
  }

  /**
   * Both lists without repeats. Compares identities (each commune is one object), which
   * also spares the first query the bootstrap of the record's hashCode and equals.
   */
  private static List<Commune> union(List<Commune> a, List<Commune> b) {
    if (a.isEmpty()) {
      return b;
    }
    if (b.isEmpty()) {
      return a;
    }
    List<Commune> both = new ArrayList<>(a);
    for (Commune commune : b) {
      if (!containsSame(both, commune)) {
        both.add(commune);
      }
    }
    return both;
  }

  private static boolean containsSame(List<Commune> communes, Commune commune) {
    for (Commune each : communes) {
      if (each == commune) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return !s.isEmpty();
  }

  /** The name words of a typed query, and the postal codes and départements typed with them. */
  private static final class Query {
    final List<String> words = new ArrayList<>();
    final List<String> postalCodes = new ArrayList<>(1);
    final List<String> departements = new ArrayList<>(1);

    static Query of(List<String> typedWords) {
      Query query = new Query();
      boolean ordinal = false;
      for (int i = 0; i < typedWords.size(); i++) {
        String word = typedWords.get(i);
        if (word.equals("cedex")) {
          // "75700 Paris Cedex 07": the Cedex number is no département.
          if (i + 1 < typedWords.size() && typedWords.get(i + 1).length() <= 2
              && isDigits(typedWords.get(i + 1))) {
            i++;
          }
          continue;
        }
        if (isOrdinal(word)) {
          ordinal = true; // "Paris 11e", "Lyon 1er": the arrondissement is in the commune
          continue;
        }
        if (ordinal && (word.equals("arrondissement") || word.equals("arr") || word.equals("arrdt"))) {
          continue;
        }
        if (!query.addQualifier(word)) {
          query.words.add(word);
        }
      }
      return query;
    }

    /** Records the word if it is a postal code or département; whether it was a code. */
    private boolean addQualifier(String word) {
      if (word.equals("2a") || word.equals("2b")) {
        departements.add(word.toUpperCase(Locale.ROOT));
        return true;
      }
      if (!Character.isDigit(word.charAt(0))) {
        return false;
      }
      if (!isDigits(word)) {
        return true; // some other number-like word: ignore it
      }
      switch (word.length()) {
        case 1 -> departements.add("0".concat(word));
        case 2 -> departements.add(word);
        case 3 -> {
          if (word.startsWith("97") || word.startsWith("98")) {
            departements.add(word);
          }
        }
        case 4 -> postalCodes.add("0".concat(word));
        case 5 -> postalCodes.add(word);
        default -> {
          // not a code: ignore
        }
      }
      return true;
    }

    private static boolean isOrdinal(String word) {
      int digits = 0;
      while (digits < word.length() && Character.isDigit(word.charAt(digits))) {
        digits++;
      }
      if (digits == 0 || digits > 2 || digits == word.length()) {
        return false;
      }
      String suffix = word.substring(digits);
      return suffix.equals("e") || suffix.equals("er") || suffix.equals("eme") || suffix.equals("ere");
    }

    boolean hasQualifier() {
      return !postalCodes.isEmpty() || !departements.isEmpty();
    }

    /**
     * The communes agreeing with every postal code and département typed. A postal
     * code the list does not know (a Cedex, a new code) is checked by its département.
     */
    List<Commune> filter(List<Commune> communes) {
      List<Commune> strict = new ArrayList<>();
      List<Commune> loose = new ArrayList<>();
      for (Commune commune : communes) {
        if (!inTypedDepartements(commune)) {
          continue;
        }
        if (commune.postalCodes().containsAll(postalCodes)) {
          strict.add(commune);
        } else if (inDepartementsOfTypedPostalCodes(commune)) {
          loose.add(commune);
        }
      }
      return strict.isEmpty() ? loose : strict;
    }

    private boolean inTypedDepartements(Commune commune) {
      for (String departement : departements) {
        if (!sameDepartement(commune.departement(), departement)) {
          return false;
        }
      }
      return true;
    }

    private boolean inDepartementsOfTypedPostalCodes(Commune commune) {
      for (String postalCode : postalCodes) {
        String departement = postalCode.startsWith("97") || postalCode.startsWith("98")
            ? postalCode.substring(0, 3) : postalCode.substring(0, 2);
        if (!sameDepartement(commune.departement(), departement)) {
          return false;
        }
      }
      return true;
    }

    private static boolean sameDepartement(String actual, String typed) {
      // "20" is the old Corsica number, still typed for 2A and 2B.
      return actual.equals(typed) || typed.equals("20") && actual.startsWith("2") && !isDigits(actual);
    }
  }
}
