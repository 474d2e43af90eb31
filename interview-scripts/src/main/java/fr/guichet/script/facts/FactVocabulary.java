package fr.guichet.script.facts;

import static fr.guichet.script.facts.FactKind.CHOICE;
import static fr.guichet.script.facts.FactKind.COMMUNE;
import static fr.guichet.script.facts.FactKind.DATE;
import static fr.guichet.script.facts.FactKind.MONEY;
import static fr.guichet.script.facts.FactKind.NUMBER;
import static fr.guichet.script.facts.FactKind.YES_NO;
import static fr.guichet.script.facts.FactScope.HOUSEHOLD;
import static fr.guichet.script.facts.FactScope.MEMBER;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fixed vocabulary of situation facts that a script may fill and that eligibility rules read — the same facts the
 * OpenFisca importer fills. Documented for script authors, in French, in {@code scripts/FAITS.md}.
 */
public final class FactVocabulary {

  /** The kinds of resources, each with its vocabulary id. */
  public enum ResourceKindFact {
    SALAIRE("salaire", "salaire net (ou revenu d'indépendant)"),
    APPRENTISSAGE("apprentissage", "salaire d'apprenti ou de stage"),
    CHOMAGE("chomage", "allocations chômage"),
    RETRAITE("retraite", "retraite ou pension d'invalidité"),
    AAH("aah", "allocation aux adultes handicapés reçue"),
    PENSION_ALIMENTAIRE("pension_alimentaire", "pension alimentaire reçue"),
    AUTRE("autre", "autre ressource (indemnités journalières, loyers perçus…)");

    public final String id;
    public final String french;

    ResourceKindFact(String id, String french) {
      this.id = id;
      this.french = french;
    }
  }

  /** The periods a resource may be given for: each of the last three months, a 12-month total, or a steady monthly amount. */
  public enum ResourcePeriod {
    M1("m1", "le mois dernier"),
    M2("m2", "il y a deux mois"),
    M3("m3", "il y a trois mois"),
    TOTAL_12M("12m", "le total des 12 derniers mois"),
    MENSUEL("mensuel", "un montant mensuel régulier, le même chaque mois");

    public final String id;
    public final String french;

    ResourcePeriod(String id, String french) {
      this.id = id;
      this.french = french;
    }
  }

  private static final Map<String, SituationFact> BY_ID = new LinkedHashMap<>();

  public static final SituationFact COMMUNE_FACT = add("commune", HOUSEHOLD, COMMUNE, List.of(), null, false,
      "commune de résidence (zone de l'aide au logement, département, Alsace-Moselle)");
  public static final SituationFact ISOLEMENT_RECENT = add("isolement_recent", HOUSEHOLD, YES_NO, List.of(), false, true,
      "parent seul depuis moins de 18 mois (majoration du RSA et de la prime d'activité)");
  public static final SituationFact GROSSESSE = add("grossesse", HOUSEHOLD, YES_NO, List.of(), false, true,
      "une personne du couple attend un enfant");
  public static final SituationFact LOGEMENT_STATUT = add("logement.statut", HOUSEHOLD, CHOICE,
      List.of("locataire_vide", "locataire_meuble", "locataire_hlm", "locataire_foyer", "proprietaire", "primo_accedant",
          "loge_gratuitement", "sans_domicile"), null, false, "comment le foyer occupe son logement");
  public static final SituationFact LOGEMENT_LOYER = add("logement.loyer", HOUSEHOLD, MONEY, List.of(), BigDecimal.ZERO, false,
      "loyer mensuel hors charges (ou redevance du foyer)");
  public static final SituationFact LOGEMENT_COLOCATION = add("logement.colocation", HOUSEHOLD, YES_NO, List.of(), false, true,
      "le logement est partagé en colocation");
  public static final SituationFact LOGEMENT_PARTICIPATION_FRAIS = add("logement.participation_frais", HOUSEHOLD, YES_NO,
      List.of(), false, true, "une personne hébergée participe aux frais du logement");
  public static final SituationFact LOGEMENT_AIDE_RECUE = add("logement.aide_recue", HOUSEHOLD, YES_NO, List.of(), false, false,
      "le foyer reçoit déjà une aide au logement");
  public static final SituationFact LOGEMENT_AIDE_MONTANT = add("logement.aide_montant", HOUSEHOLD, MONEY, List.of(),
      BigDecimal.ZERO, false, "montant mensuel de l'aide au logement reçue");
  public static final SituationFact REVENU_FISCAL_REFERENCE = add("foyer.revenu_fiscal_reference", HOUSEHOLD, MONEY,
      List.of(), null, false, "revenu fiscal de référence du dernier avis d'impôt (revenus de l'année N-2)");
  public static final SituationFact PRESTATION_RSA = add("prestations.rsa", HOUSEHOLD, MONEY, List.of(), BigDecimal.ZERO, true,
      "RSA reçu le mois dernier");
  public static final SituationFact PRESTATION_PPA = add("prestations.prime_activite", HOUSEHOLD, MONEY, List.of(),
      BigDecimal.ZERO, true, "prime d'activité reçue le mois dernier");
  public static final SituationFact PRESTATION_FAMILIALES = add("prestations.familiales", HOUSEHOLD, MONEY, List.of(),
      BigDecimal.ZERO, true, "prestations familiales reçues le mois dernier");

  public static final SituationFact DATE_NAISSANCE = add("membre.date_naissance", MEMBER, DATE, List.of(), null, false,
      "date de naissance");
  public static final SituationFact NATIONALITE = add("membre.nationalite", MEMBER, CHOICE, List.of("francaise", "eee", "autre"),
      null, false, "nationalité : française, d'un pays de l'Espace économique européen ou suisse, autre");
  public static final SituationFact TITRE_SEJOUR_ANNEES = add("membre.titre_sejour_annees", MEMBER, NUMBER, List.of(),
      BigDecimal.valueOf(99), true, "années de titre de séjour permettant de travailler");
  public static final SituationFact ACTIVITE = add("membre.activite", MEMBER, CHOICE,
      List.of("salarie", "independant", "apprenti", "chomeur", "etudiant", "retraite", "inactif"), null, false,
      "situation aujourd'hui");
  public static final SituationFact BOURSIER = add("membre.boursier", MEMBER, YES_NO, List.of(), false, true,
      "étudiant boursier de l'enseignement supérieur");
  public static final SituationFact GARDE_ALTERNEE = add("membre.garde_alternee", MEMBER, YES_NO, List.of(), false, true,
      "enfant en garde alternée");
  public static final SituationFact HANDICAP = add("membre.handicap", MEMBER, YES_NO, List.of(), false, false,
      "handicap reconnu par la MDPH");
  public static final SituationFact TAUX_INCAPACITE = add("membre.taux_incapacite", MEMBER, CHOICE,
      List.of("moins_50", "de_50_a_79", "au_moins_80"), null, false, "taux d'incapacité reconnu par la MDPH");
  public static final SituationFact RESTRICTION_EMPLOI = add("membre.restriction_emploi", MEMBER, YES_NO, List.of(), false, false,
      "restriction substantielle et durable d'accès à l'emploi (RSDAE)");
  public static final SituationFact PERTE_AUTONOMIE = add("membre.perte_autonomie", MEMBER, YES_NO, List.of(), false, false,
      "besoin d'aide pour les gestes du quotidien");
  public static final SituationFact GIR = add("membre.gir", MEMBER, CHOICE, List.of("gir_1_4", "gir_5_6", "non_evalue"), null, false,
      "groupe d'autonomie (GIR) évalué");
  public static final SituationFact INAPTE_TRAVAIL = add("membre.inapte_travail", MEMBER, YES_NO, List.of(), false, true,
      "reconnu inapte au travail");

  /** The resource facts by kind and period: read a dozen times per member on every check, so not looked up by id. */
  private static final SituationFact[][] RESOURCES = new SituationFact[ResourceKindFact.values().length][ResourcePeriod.values().length];

  static {
    for (ResourceKindFact kind : ResourceKindFact.values()) {
      for (ResourcePeriod period : ResourcePeriod.values()) {
        RESOURCES[kind.ordinal()][period.ordinal()] =
            add(resourceId(kind, period), MEMBER, MONEY, List.of(), BigDecimal.ZERO, true, kind.french + " : " + period.french);
      }
    }
  }

  private FactVocabulary() {}

  private static SituationFact add(String id, FactScope scope, FactKind kind, List<String> values, Object whenNotAsked,
      boolean assumedIfAbsent, String description) {
    SituationFact fact = new SituationFact(id, scope, kind, values, whenNotAsked, assumedIfAbsent, description);
    BY_ID.put(id, fact);
    return fact;
  }

  private static String resourceId(ResourceKindFact kind, ResourcePeriod period) {
    return "membre.ressources." + kind.id + "." + period.id;
  }

  /** The fact for one kind of resource and one period. */
  public static SituationFact resource(ResourceKindFact kind, ResourcePeriod period) {
    return RESOURCES[kind.ordinal()][period.ordinal()];
  }

  public static Optional<SituationFact> byId(String id) {
    return Optional.ofNullable(BY_ID.get(id));
  }

  /** Every fact, in vocabulary order. */
  public static List<SituationFact> all() {
    return new ArrayList<>(BY_ID.values());
  }
}
