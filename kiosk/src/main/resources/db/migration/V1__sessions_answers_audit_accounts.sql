-- Guichet store, first schema. Times are milliseconds since the epoch (UTC).
-- Every personal value is stored sealed (AES-256-GCM, see fr.guichet.store.DataKey): *_sealed columns.

CREATE TABLE store_meta (
  name  TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE sessions (
  id                   TEXT PRIMARY KEY,              -- random UUID
  resume_code          TEXT NOT NULL,                 -- 10 characters, no separators
  script_id            TEXT NOT NULL,
  script_version       TEXT NOT NULL,
  status               TEXT NOT NULL CHECK (status IN ('EN_COURS', 'TERMINEE', 'ABANDONNEE')),
  created_at           INTEGER NOT NULL,
  updated_at           INTEGER NOT NULL,
  created_by           TEXT NOT NULL,
  second_factor_mac    BLOB,                          -- HMAC-SHA256 of the birth date
  second_factor_sealed BLOB,                          -- the birth date, sealed (for key rotation)
  consent_save         INTEGER,                       -- person's choices, null until asked
  consent_share        INTEGER,
  lease_terminal       TEXT,                          -- terminal holding the session open
  lease_heartbeat      INTEGER
);
CREATE UNIQUE INDEX sessions_resume_code ON sessions (resume_code);
CREATE INDEX sessions_updated_at ON sessions (updated_at);

-- Append-only: the current answers are the latest event per key (kind CLEAR removes a key).
CREATE TABLE answer_events (
  session_id   TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  seq          INTEGER NOT NULL,
  answer_key   TEXT NOT NULL,
  kind         TEXT NOT NULL CHECK (kind IN ('SET', 'CLEAR')),
  value_sealed BLOB,
  actor        TEXT NOT NULL,
  terminal     TEXT NOT NULL,
  at           INTEGER NOT NULL,
  PRIMARY KEY (session_id, seq),
  CHECK ((kind = 'SET') = (value_sealed IS NOT NULL))
) WITHOUT ROWID;

CREATE TRIGGER answer_events_append_only BEFORE UPDATE OF session_id, seq, answer_key, kind, actor, terminal, at
ON answer_events BEGIN SELECT RAISE(ABORT, 'answer_events is append-only'); END;

-- Social workers' notes (append-only, sealed body).
CREATE TABLE notes (
  session_id  TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  seq         INTEGER NOT NULL,
  author      TEXT NOT NULL,
  terminal    TEXT NOT NULL,
  at          INTEGER NOT NULL,
  body_sealed BLOB NOT NULL,
  PRIMARY KEY (session_id, seq)
) WITHOUT ROWID;

-- Documents received at the desk: document ids come from the script (not personal).
CREATE TABLE documents_received (
  session_id  TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  document_id TEXT NOT NULL,
  received_at INTEGER NOT NULL,
  received_by TEXT NOT NULL,
  PRIMARY KEY (session_id, document_id)
) WITHOUT ROWID;

-- Failed resume attempts per code and per terminal; survives restarts.
CREATE TABLE resume_attempts (
  scope          TEXT NOT NULL CHECK (scope IN ('CODE', 'TERMINAL')),
  subject        TEXT NOT NULL,
  failures       INTEGER NOT NULL,
  last_failure   INTEGER NOT NULL,
  blocked_until  INTEGER NOT NULL,
  PRIMARY KEY (scope, subject)
) WITHOUT ROWID;

-- Agents' accounts for desk mode.
CREATE TABLE accounts (
  username        TEXT PRIMARY KEY,
  password_hash   TEXT NOT NULL,                      -- pbkdf2-sha256$iterations$salt$hash
  role            TEXT NOT NULL CHECK (role IN ('ACCUEIL', 'MEDIATEUR', 'TRAVAILLEUR_SOCIAL', 'RESPONSABLE')),
  disabled        INTEGER NOT NULL DEFAULT 0,
  failed_attempts INTEGER NOT NULL DEFAULT 0,
  locked_until    INTEGER NOT NULL DEFAULT 0,
  created_at      INTEGER NOT NULL,
  updated_at      INTEGER NOT NULL
);

-- Tamper-evident log: hash = SHA-256(prev_hash || fields); no personal data in any column.
CREATE TABLE audit_log (
  seq        INTEGER PRIMARY KEY,
  at         INTEGER NOT NULL,
  actor      TEXT NOT NULL,
  terminal   TEXT NOT NULL,
  action     TEXT NOT NULL,
  session_id TEXT,
  detail     TEXT NOT NULL,
  prev_hash  BLOB NOT NULL,
  hash       BLOB NOT NULL
);
CREATE INDEX audit_log_session ON audit_log (session_id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
