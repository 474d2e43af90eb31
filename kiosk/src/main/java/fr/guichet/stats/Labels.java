package fr.guichet.stats;

import fr.guichet.commune.CommuneDirectory;
import java.util.HashMap;
import java.util.Map;

/**
 * The French words for the identifiers the statistics keep (benefits, reasons, services,
 * communes, bands), for the report; an identifier without a word is shown as it is.
 */
public final class Labels {
  private static final Map<String, String> FIXED = Map.ofEntries(
      Map.entry("guichet", "au guichet"), Map.entry("borne", "à la borne"),
      Map.entry("commande", "en ligne de commande"),
      Map.entry("premiere", "premier entretien"), Map.entry("suivi", "visite de suivi"),
      Map.entry("moins_25", "moins de 25 ans"), Map.entry("25_39", "25 à 39 ans"),
      Map.entry("40_54", "40 à 54 ans"), Map.entry("55_64", "55 à 64 ans"),
      Map.entry("65_74", "65 à 74 ans"), Map.entry("75_plus", "75 ans et plus"),
      Map.entry("seul", "personne seule"), Map.entry("parent_seul", "parent seul avec enfants"),
      Map.entry("couple", "couple sans enfant"), Map.entry("couple_enfants", "couple avec enfants"),
      Map.entry("probable", "probable"), Map.entry("incertain", "à vérifier"),
      Map.entry("non", "non"), Map.entry("inconnu", "non renseigné"),
      Map.entry("inconnue", "non renseignée"), Map.entry("aucune", "aucune"),
      Map.entry("en_cours", "en cours"), Map.entry("droits_ouverts", "droits ouverts"),
      Map.entry("oriente", "orienté"), Map.entry("sans_suite", "sans suite"),
      Map.entry("non_eligible", "aucun droit trouvé"), Map.entry("autre", "autre"));

  private final Map<String, String> words;

  /** {@code words}: the words the script, the aids and the territory give their identifiers. */
  public Labels(Map<String, String> words) {
    this.words = new HashMap<>(FIXED);
    this.words.putAll(words);
  }

  /** Only the fixed words (bands, channels, outcomes). */
  public static Labels fixed() {
    return new Labels(Map.of());
  }

  public String of(String id) {
    String word = words.get(id);
    return word != null ? word : id;
  }

  /** A commune's name with its INSEE code, "Besançon (25056)". */
  public String commune(String insee) {
    if (!insee.matches("[0-9AB]{5}")) {
      return of(insee);
    }
    return CommuneDirectory.get().byInseeCode(insee).map(c -> c.name() + " (" + insee + ")")
        .orElse(insee);
  }
}
