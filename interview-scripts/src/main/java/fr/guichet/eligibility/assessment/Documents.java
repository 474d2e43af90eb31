package fr.guichet.eligibility.assessment;

import java.util.List;

/** Supporting documents (pièces justificatives) to bring, by benefit. */
final class Documents {
  static final String IDENTITY = "Pièce d'identité de chaque adulte (ou titre de séjour)";
  static final String ADDRESS = "Justificatif de domicile de moins de 3 mois";
  static final String RIB = "Relevé d'identité bancaire (RIB)";
  static final String SOCIAL_SECURITY = "Carte Vitale ou attestation de droits à l'Assurance maladie";
  static final String TAX_NOTICE = "Dernier avis d'imposition (revenus de l'année N-2)";

  static final List<String> RSA = List.of(IDENTITY, ADDRESS, RIB, SOCIAL_SECURITY,
      "Justificatifs des ressources des 3 derniers mois (bulletins de salaire, attestations France Travail, pensions)");
  static final List<String> PPA = List.of(IDENTITY, RIB, "Bulletins de salaire des 3 derniers mois", "Montant de l'aide au logement reçue, s'il y en a une");
  static final List<String> CSS = List.of(IDENTITY, SOCIAL_SECURITY, "Justificatifs des ressources des 12 derniers mois de chaque membre du foyer", TAX_NOTICE);
  static final List<String> ASPA = List.of(IDENTITY, RIB, "Relevés de pensions de retraite", TAX_NOTICE,
      "Justificatifs des ressources des 3 derniers mois");
  static final List<String> AAH = List.of(IDENTITY, "Certificat médical de moins d'un an (formulaire Cerfa 15695)", "Formulaire de demande MDPH (Cerfa 15692)",
      ADDRESS);
  static final List<String> AF = List.of(IDENTITY, "Livret de famille ou actes de naissance des enfants", RIB, TAX_NOTICE);
  static final String FAMILY_RECORD = "Livret de famille ou actes de naissance des enfants";
  static final List<String> ASF = List.of(IDENTITY, FAMILY_RECORD, RIB,
      "Jugement ou convention fixant la pension alimentaire, ou tout écrit montrant que l'autre parent ne la verse pas");
  static final List<String> CF = List.of(IDENTITY, FAMILY_RECORD, RIB, TAX_NOTICE);
  static final List<String> PAJE = List.of(IDENTITY, FAMILY_RECORD, RIB, TAX_NOTICE);
  static final List<String> ARS = List.of(FAMILY_RECORD, TAX_NOTICE, "Certificat de scolarité pour un jeune de 16 à 18 ans");
  static final List<String> CHEQUE_ENERGIE = List.of(TAX_NOTICE, "Une facture d'énergie (électricité, gaz, fioul…)");
  static final List<String> HOUSING_AID = List.of(IDENTITY, "Bail ou contrat de location", "Quittance de loyer récente", RIB, TAX_NOTICE);
  static final List<String> APA = List.of(IDENTITY, ADDRESS, TAX_NOTICE, "Formulaire de demande d'APA du département", RIB);

  private Documents() {}
}
