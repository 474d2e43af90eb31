package fr.guichet.eligibility.openfisca;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The OpenFisca variables the import understands, per entity, and how their periods are read. */
final class VariableCatalog {
  static final Map<String, Set<String>> INPUTS = Map.of(
      "individus", Set.of("date_naissance", "age", "salaire_net", "salaire_imposable", "remuneration_apprenti", "revenu_assimile_salaire",
          "activite", "taux_incapacite", "aah_restriction_substantielle_durable_acces_emploi", "aah_eligible", "aah", "inapte_travail",
          "ressortissant_eee", "duree_possession_titre_sejour", "aspa_eligibilite", "asi_aspa_base_ressources_individu",
          "rsa_jeune_condition_heures_travail_remplie", "salarie_regime_alsace_moselle", "garde_alternee", "aah_conjugalise_eligible",
          "pensions_alimentaires_percues", "allocation_retour_emploi", "rempli_obligation_scolaire", "statut_marital", "invalidite",
          "categorie_salarie", "contrat_de_travail"),
      "familles", Set.of("aide_logement", "af", "asf", "cf", "aspa", "rsa", "rsa_isolement_recent", "departement_experimentation_rsa", "maries",
          "paje_base", "en_couple", "af_nbenf", "partiel1", "partiel2"),
      "menages", Set.of("statut_occupation_logement", "loyer", "participation_frais", "depcom", "cheque_energie_unites_consommation"),
      "foyers_fiscaux", Set.of("rfr", "depcom_foyer"));

  static final Map<String, Set<String>> OUTPUTS = Map.of(
      "individus", Set.of("rsa_revenu_activite_individu", "css_participation_forfaitaire_montant_i", "aah", "aah_base",
          "aah_base_ressources_conjugalisee", "aah_base_ressources_deconjugalisee", "aah_conjugalise_eligible"),
      "familles", Set.of("rsa", "rsa_socle", "rsa_forfait_logement", "rsa_base_ressources", "rsa_forfait_asf", "ppa", "ppa_eligibilite",
          "ppa_forfait_logement", "cmu_c", "cmu_c_plafond", "acs_plafond", "css_cmu_acs_eligibilite", "css_cmu_base_ressources", "aspa",
          "af", "af_majoration", "asf", "cf", "paje_base", "ars"),
      "menages", Set.of("cheque_energie_montant", "cheque_energie", "cheque_energie_unites_consommation"),
      "foyers_fiscaux", Set.of());

  static final Map<String, Set<String>> ROLES = Map.of(
      "individus", Set.of(),
      "familles", Set.of("parents", "enfants"),
      "menages", Set.of("personne_de_reference", "conjoint", "enfants", "autres"),
      "foyers_fiscaux", Set.of("declarants", "personnes_a_charge"));

  /** Yearly variables: a month key on them is refused. */
  static final Set<String> YEARLY = Set.of("revenu_assimile_salaire", "rfr", "ars", "cheque_energie_unites_consommation", "cheque_energie_montant", "cheque_energie");

  /** Monthly amounts: a year key means one twelfth in each month. */
  static final Set<String> DIVIDED = Set.of("salaire_net", "salaire_imposable", "remuneration_apprenti", "aah", "aide_logement", "af", "asf",
      "cf", "aspa", "rsa", "asi_aspa_base_ressources_individu", "loyer", "pensions_alimentaires_percues", "allocation_retour_emploi", "paje_base");

  /** Inputs whose values are booleans; text inputs with their allowed values; every other input is a number. */
  static final Set<String> BOOLEANS = Set.of("aah_restriction_substantielle_durable_acces_emploi", "aah_eligible", "inapte_travail",
      "ressortissant_eee", "aspa_eligibilite", "rsa_jeune_condition_heures_travail_remplie", "salarie_regime_alsace_moselle", "garde_alternee",
      "aah_conjugalise_eligible", "rsa_isolement_recent", "departement_experimentation_rsa", "maries", "participation_frais", "ppa_eligibilite",
      "cmu_c", "css_cmu_acs_eligibilite", "rempli_obligation_scolaire", "invalidite", "en_couple", "partiel1", "partiel2");
  /** Category inputs with their values in OpenFisca's enum order (a value may also be given as its index). */
  static final Map<String, List<String>> TEXTS = Map.of(
      "statut_marital", List.of("non_renseigne", "marie", "celibataire", "divorce", "veuf", "pacse", "jeune_veuf"),
      "categorie_salarie", List.of("prive_non_cadre", "prive_cadre", "public_titulaire_etat", "public_titulaire_militaire",
          "public_titulaire_territoriale", "public_titulaire_hospitaliere", "public_non_titulaire", "non_pertinent"),
      "contrat_de_travail", List.of("temps_plein", "temps_partiel", "forfait_heures_semaines", "forfait_heures_mois", "forfait_heures_annee",
          "forfait_jours_annee", "sans_objet"),
      "activite", List.of("actif", "chomeur", "etudiant", "retraite", "inactif"),
      "statut_occupation_logement", List.of("non_renseigne", "primo_accedant", "proprietaire", "locataire_hlm", "locataire_vide",
          "locataire_meuble", "loge_gratuitement", "locataire_foyer", "sans_domicile"));

  private VariableCatalog() {}

  /** Whether a given (non-null) value has the type the variable expects. */
  static boolean acceptsValue(String variable, com.fasterxml.jackson.databind.JsonNode value) {
    if (variable.equals("date_naissance")) {
      return value.isTextual() && value.asText().matches("\\d{4}-\\d{2}-\\d{2}") && isCalendarDate(value.asText());
    }
    if (variable.equals("depcom") || variable.equals("depcom_foyer")) {
      return value.isTextual() || value.isIntegralNumber();
    }
    if (BOOLEANS.contains(variable)) {
      return value.isBoolean() || (value.isIntegralNumber() && (value.asInt() == 0 || value.asInt() == 1));
    }
    if (TEXTS.containsKey(variable)) {
      return categoryName(variable, value) != null;
    }
    // 1e999 reads as an infinite double, which no amount or age can be.
    return value.isNumber() && (!value.isFloatingPointNumber() || Double.isFinite(value.asDouble()));
  }

  private static boolean isCalendarDate(String text) {
    try {
      java.time.LocalDate.parse(text);
      return true;
    } catch (java.time.format.DateTimeParseException e) {
      return false;
    }
  }

  /** The name of a category value given by name or by index; null when it is neither. */
  static String categoryName(String variable, com.fasterxml.jackson.databind.JsonNode value) {
    List<String> names = TEXTS.get(variable);
    if (value.isTextual() && names.contains(value.asText())) {
      return value.asText();
    }
    if (value.isIntegralNumber() && value.asInt() >= 0 && value.asInt() < names.size()) {
      return names.get(value.asInt());
    }
    return null;
  }

  static boolean supported(String entity, String variable) {
    return INPUTS.get(entity).contains(variable) || OUTPUTS.get(entity).contains(variable);
  }
}
