package fr.guichet.access;

/** Something an agent may be allowed to do; {@link Role#may} decides. */
public enum Permission {
  /** Find a session by code or search, see its status and next step. */
  FIND_SESSIONS,
  /** Start, resume and edit interviews. */
  RUN_INTERVIEWS,
  /** Write social follow-up notes (anyone who works on a session may write an accueil note). */
  WRITE_NOTES,
  /** Find a session by the person's name and birth date. */
  SEARCH_BY_NAME,
  RECORD_DOCUMENTS,
  STATISTICS,
  CONFIGURATION,
  ACCOUNTS,
  /** Read a session's audit trail. */
  AUDIT,
  /** Export or erase a person's data at their request. */
  RIGHTS_REQUESTS
}
