-- The second visit, as db/migration/V2 (SQLite): numbered visits with the results they saw,
-- document statuses, notes by kind, the sealed identity and its blind index, assignment.

CREATE TABLE visits (
  session_id     TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  number         INTEGER NOT NULL,
  started_at     BIGINT NOT NULL,
  site           TEXT NOT NULL,
  terminal       TEXT NOT NULL,
  actor          TEXT NOT NULL,
  role           TEXT NOT NULL,
  rules_date     TEXT NOT NULL,
  first_seq      BIGINT NOT NULL,
  results_sealed BYTEA,
  PRIMARY KEY (session_id, number)
);

ALTER TABLE notes ADD COLUMN kind TEXT NOT NULL DEFAULT 'SOCIAL' CHECK (kind IN ('ACCUEIL', 'SOCIAL'));

CREATE TABLE document_status (
  session_id  TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  document_id TEXT NOT NULL,
  status      TEXT NOT NULL CHECK (status IN ('RECU', 'SANS_OBJET')),
  at          BIGINT NOT NULL,
  by_actor    TEXT NOT NULL,
  PRIMARY KEY (session_id, document_id)
);
INSERT INTO document_status (session_id, document_id, status, at, by_actor)
  SELECT session_id, document_id, 'RECU', received_at, received_by FROM documents_received;
DROP TABLE documents_received;

CREATE TABLE identities (
  session_id      TEXT PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
  identity_sealed BYTEA NOT NULL,
  blind_index     BYTEA,
  recorded_at     BIGINT NOT NULL,
  recorded_by     TEXT NOT NULL
);
CREATE INDEX identities_blind_index ON identities (blind_index);

CREATE TABLE follow_up (
  session_id TEXT PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
  service_id TEXT,
  worker     TEXT,
  outcome    TEXT,
  closed_at  BIGINT,
  updated_at BIGINT NOT NULL
);
CREATE INDEX follow_up_worker ON follow_up (worker);
