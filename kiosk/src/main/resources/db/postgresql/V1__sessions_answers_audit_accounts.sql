-- Guichet store on PostgreSQL, first schema: the same tables, columns and rules as
-- db/migration/V1 (SQLite), version for version. Times are milliseconds since the epoch (UTC).
-- Every personal value is stored sealed (AES-256-GCM) by the application: *_sealed columns; the
-- server never sees an answer, a note, a name or a birth date in clear.

CREATE TABLE store_meta (
  name  TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE sessions (
  id                   TEXT PRIMARY KEY,
  resume_code          TEXT NOT NULL,
  script_id            TEXT NOT NULL,
  script_version       TEXT NOT NULL,
  status               TEXT NOT NULL CHECK (status IN ('EN_COURS', 'TERMINEE', 'ABANDONNEE')),
  created_at           BIGINT NOT NULL,
  updated_at           BIGINT NOT NULL,
  created_by           TEXT NOT NULL,
  second_factor_mac    BYTEA,
  second_factor_sealed BYTEA,
  consent_save         INTEGER,
  consent_share        INTEGER,
  lease_terminal       TEXT,
  lease_heartbeat      BIGINT
);
CREATE UNIQUE INDEX sessions_resume_code ON sessions (resume_code);
CREATE INDEX sessions_updated_at ON sessions (updated_at);

CREATE TABLE answer_events (
  session_id   TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  seq          BIGINT NOT NULL,
  answer_key   TEXT NOT NULL,
  kind         TEXT NOT NULL CHECK (kind IN ('SET', 'CLEAR')),
  value_sealed BYTEA,
  actor        TEXT NOT NULL,
  terminal     TEXT NOT NULL,
  at           BIGINT NOT NULL,
  PRIMARY KEY (session_id, seq),
  CHECK ((kind = 'SET') = (value_sealed IS NOT NULL))
);

-- Append-only tables refuse changes (key rotation may only rewrite answer_events.value_sealed).
CREATE FUNCTION guichet_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END
$$;

CREATE TRIGGER answer_events_append_only
  BEFORE UPDATE OF session_id, seq, answer_key, kind, actor, terminal, at ON answer_events
  FOR EACH ROW EXECUTE FUNCTION guichet_append_only();

CREATE TABLE notes (
  session_id  TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  seq         BIGINT NOT NULL,
  author      TEXT NOT NULL,
  terminal    TEXT NOT NULL,
  at          BIGINT NOT NULL,
  body_sealed BYTEA NOT NULL,
  PRIMARY KEY (session_id, seq)
);

CREATE TABLE documents_received (
  session_id  TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  document_id TEXT NOT NULL,
  received_at BIGINT NOT NULL,
  received_by TEXT NOT NULL,
  PRIMARY KEY (session_id, document_id)
);

CREATE TABLE resume_attempts (
  scope          TEXT NOT NULL CHECK (scope IN ('CODE', 'TERMINAL')),
  subject        TEXT NOT NULL,
  failures       INTEGER NOT NULL,
  last_failure   BIGINT NOT NULL,
  blocked_until  BIGINT NOT NULL,
  PRIMARY KEY (scope, subject)
);

CREATE TABLE accounts (
  username        TEXT PRIMARY KEY,
  password_hash   TEXT NOT NULL,
  role            TEXT NOT NULL CHECK (role IN ('ACCUEIL', 'MEDIATEUR', 'TRAVAILLEUR_SOCIAL', 'RESPONSABLE')),
  disabled        INTEGER NOT NULL DEFAULT 0,
  failed_attempts INTEGER NOT NULL DEFAULT 0,
  locked_until    BIGINT NOT NULL DEFAULT 0,
  created_at      BIGINT NOT NULL,
  updated_at      BIGINT NOT NULL
);

-- One hash chain for every site: appends are serialised by the application's advisory lock.
CREATE TABLE audit_log (
  seq        BIGINT PRIMARY KEY,
  at         BIGINT NOT NULL,
  actor      TEXT NOT NULL,
  terminal   TEXT NOT NULL,
  action     TEXT NOT NULL,
  session_id TEXT,
  detail     TEXT NOT NULL,
  prev_hash  BYTEA NOT NULL,
  hash       BYTEA NOT NULL
);
CREATE INDEX audit_log_session ON audit_log (session_id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION guichet_append_only();
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION guichet_append_only();
-- TRUNCATE fires no row trigger: refuse it too.
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION guichet_append_only();
