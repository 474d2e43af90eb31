package fr.guichet.eligibility;

/** The national benefits Guichet checks, with their French name and who handles a claim. */
public enum Benefit {
  RSA("Revenu de solidarité active (RSA)", "CAF (ou MSA)"),
  PRIME_ACTIVITE("Prime d'activité", "CAF (ou MSA)"),
  COMPLEMENTAIRE_SANTE_SOLIDAIRE("Complémentaire santé solidaire", "CPAM (Assurance maladie)"),
  ASPA("Allocation de solidarité aux personnes âgées (ASPA)", "Caisse de retraite (Carsat ou MSA)"),
  AAH("Allocation aux adultes handicapés (AAH)", "MDPH pour la demande, CAF pour le paiement"),
  ALLOCATIONS_FAMILIALES("Allocations familiales", "CAF (ou MSA)"),
  SOUTIEN_FAMILIAL("Allocation de soutien familial (ASF)", "CAF (ou MSA)"),
  COMPLEMENT_FAMILIAL("Complément familial", "CAF (ou MSA)"),
  PAJE_BASE("Allocation de base de la PAJE (jeune enfant)", "CAF (ou MSA)"),
  RENTREE_SCOLAIRE("Allocation de rentrée scolaire (ARS)", "CAF (ou MSA)"),
  CHEQUE_ENERGIE("Chèque énergie", "Agence de services et de paiement (envoi automatique)"),
  HOUSING_AID("Aide au logement (APL, ALF, ALS)", "CAF (ou MSA)"),
  APA("Allocation personnalisée d'autonomie (APA)", "Conseil départemental");

  private final String label;
  private final String handledBy;

  Benefit(String label, String handledBy) {
    this.label = label;
    this.handledBy = handledBy;
  }

  public String label() {
    return label;
  }

  public String handledBy() {
    return handledBy;
  }
}
