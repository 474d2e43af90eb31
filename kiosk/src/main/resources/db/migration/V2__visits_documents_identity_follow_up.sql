-- The second visit: numbered visits with the results they saw, document statuses, notes by kind,
-- the person's identity (sealed, found through a keyed blind index), assignment and closing.

-- Each opening of a saved session to work on it (and the first interview) is a numbered visit.
-- first_seq: the last answer event written before the visit began (what it found).
CREATE TABLE visits (
  session_id     TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  number         INTEGER NOT NULL,
  started_at     INTEGER NOT NULL,
  site           TEXT NOT NULL,
  terminal       TEXT NOT NULL,
  actor          TEXT NOT NULL,
  role           TEXT NOT NULL,
  rules_date     TEXT NOT NULL,                -- AAAA-MM-JJ: the day whose rules were applied
  first_seq      INTEGER NOT NULL,
  results_sealed BLOB,                         -- the results this visit ended with, sealed
  PRIMARY KEY (session_id, number)
) WITHOUT ROWID;

ALTER TABLE notes ADD COLUMN kind TEXT NOT NULL DEFAULT 'SOCIAL' CHECK (kind IN ('ACCUEIL', 'SOCIAL'));

CREATE TABLE document_status (
  session_id  TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  document_id TEXT NOT NULL,
  status      TEXT NOT NULL CHECK (status IN ('RECU', 'SANS_OBJET')),
  at          INTEGER NOT NULL,
  by_actor    TEXT NOT NULL,
  PRIMARY KEY (session_id, document_id)
) WITHOUT ROWID;
INSERT INTO document_status (session_id, document_id, status, at, by_actor)
  SELECT session_id, document_id, 'RECU', received_at, received_by FROM documents_received;
DROP TABLE documents_received;

-- Name, first name, phone, e-mail: one sealed value. blind_index: HMAC of the normalised name and
-- the birth date under the data key, null while the birth date is unknown.
CREATE TABLE identities (
  session_id      TEXT PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
  identity_sealed BLOB NOT NULL,
  blind_index     BLOB,
  recorded_at     INTEGER NOT NULL,
  recorded_by     TEXT NOT NULL
);
CREATE INDEX identities_blind_index ON identities (blind_index);

CREATE TABLE follow_up (
  session_id TEXT PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
  service_id TEXT,
  worker     TEXT,
  outcome    TEXT,
  closed_at  INTEGER,
  updated_at INTEGER NOT NULL
);
CREATE INDEX follow_up_worker ON follow_up (worker);
