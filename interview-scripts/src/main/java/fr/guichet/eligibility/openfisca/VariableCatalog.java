package fr.guichet.eligibility.openfisca;

import java.util.Map;
import java.util.Set;

/** The OpenFisca variables the import understands, per entity, and how their periods are read. */
final class VariableCatalog {
  static final Map<String, Set<String>> INPUTS = Map.of(
      "individus", Set.of("date_naissance", "age", "salaire_net", "salaire_imposable", "remuneration_apprenti", "revenu_assimile_salaire",
          "activite", "taux_incapacite", "aah_restriction_substantielle_durable_acces_emploi", "aah_eligible", "aah", "inapte_travail",
          "ressortissant_eee", "duree_possession_titre_sejour", "aspa_eligibilite", "asi_aspa_base_ressources_individu",
          "rsa_jeune_condition_heures_travail_remplie", "salarie_regime_alsace_moselle", "garde_alternee", "aah_conjugalise_eligible"),
      "familles", Set.of("aide_logement", "af", "asf", "cf", "aspa", "rsa", "rsa_isolement_recent", "departement_experimentation_rsa", "maries"),
      "menages", Set.of("statut_occupation_logement", "loyer", "participation_frais", "depcom", "cheque_energie_unites_consommation"),
      "foyers_fiscaux", Set.of("rfr"));

  static final Map<String, Set<String>> OUTPUTS = Map.of(
      "individus", Set.of("rsa_revenu_activite_individu", "css_participation_forfaitaire_montant_i", "aah", "aah_base",
          "aah_base_ressources_conjugalisee", "aah_base_ressources_deconjugalisee", "aah_conjugalise_eligible"),
      "familles", Set.of("rsa", "rsa_socle", "rsa_forfait_logement", "rsa_base_ressources", "rsa_forfait_asf", "ppa", "ppa_eligibilite",
          "ppa_forfait_logement", "cmu_c", "cmu_c_plafond", "acs_plafond", "css_cmu_acs_eligibilite", "css_cmu_base_ressources", "aspa",
          "af", "af_majoration"),
      "menages", Set.of("cheque_energie_montant", "cheque_energie", "cheque_energie_unites_consommation"),
      "foyers_fiscaux", Set.of());

  static final Map<String, Set<String>> ROLES = Map.of(
      "individus", Set.of(),
      "familles", Set.of("parents", "enfants"),
      "menages", Set.of("personne_de_reference", "conjoint", "enfants", "autres"),
      "foyers_fiscaux", Set.of("declarants", "personnes_a_charge"));

  /** Yearly variables: a month key on them is refused. */
  static final Set<String> YEARLY = Set.of("revenu_assimile_salaire", "rfr", "cheque_energie_unites_consommation", "cheque_energie_montant", "cheque_energie");

  /** Monthly amounts: a year key means one twelfth in each month. */
  static final Set<String> DIVIDED = Set.of("salaire_net", "salaire_imposable", "remuneration_apprenti", "aah", "aide_logement", "af", "asf",
      "cf", "aspa", "rsa", "asi_aspa_base_ressources_individu", "loyer");

  private VariableCatalog() {}

  static boolean supported(String entity, String variable) {
    return INPUTS.get(entity).contains(variable) || OUTPUTS.get(entity).contains(variable);
  }
}
