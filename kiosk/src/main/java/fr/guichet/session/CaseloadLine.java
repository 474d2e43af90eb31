package fr.guichet.session;

import fr.guichet.store.session.Session;

/** One session of a worker's caseload: its state in words and how many documents are missing. */
public record CaseloadLine(Session session, String state, int missingDocuments) {
  public static final String EN_COURS = "en cours";
  public static final String EN_ATTENTE = "en attente de pièces";
  public static final String ORIENTE = "orienté";
  public static final String CLOS = "clos";
}
