-- Anonymous statistics: one row per visit, written when the visit ends, never derived later from
-- personal data. Nothing here names a person or a session: no code, no date finer than the ISO
-- week, no free text. fact_id is drawn at random, so the order of the rows in the file says
-- nothing of the order of the visits. Rows survive retention purges and erasure.
CREATE TABLE stats_facts (
  fact_id     INTEGER PRIMARY KEY,
  month       TEXT NOT NULL,          -- AAAA-MM
  week        TEXT NOT NULL,          -- AAAA-MM-JJ: Monday of the ISO week
  site        TEXT NOT NULL,
  channel     TEXT NOT NULL,          -- guichet, borne, commande
  visit_kind  TEXT NOT NULL,          -- premiere, suivi
  age_band    TEXT NOT NULL,
  household   TEXT NOT NULL,
  commune     TEXT NOT NULL,          -- INSEE code, or inconnue
  epci        TEXT NOT NULL,          -- SIREN of the EPCI, or inconnu
  housing     TEXT NOT NULL,
  orientation TEXT NOT NULL,
  outcome     TEXT NOT NULL,          -- the closing outcome, en_cours until the follow-up is closed
  latest      INTEGER NOT NULL        -- 1 for the latest visit of its session (people counted once)
);
CREATE INDEX stats_facts_month ON stats_facts (month);

CREATE TABLE stats_reasons (
  fact_id INTEGER NOT NULL REFERENCES stats_facts (fact_id) ON DELETE CASCADE,
  reason  TEXT NOT NULL,
  PRIMARY KEY (fact_id, reason)
);

-- One row per benefit or aid assessed at the visit; month repeated so that counts by benefit and
-- month read this table alone, in key order.
CREATE TABLE stats_results (
  month    TEXT NOT NULL,
  benefit  TEXT NOT NULL,
  fact_id  INTEGER NOT NULL REFERENCES stats_facts (fact_id) ON DELETE CASCADE,
  result   TEXT NOT NULL,             -- probable, incertain, non
  received TEXT NOT NULL,             -- oui, non, inconnu: the person said they already receive it
  amount   INTEGER,                   -- estimated monthly amount, rounded to 10 euros, when probable
  PRIMARY KEY (month, benefit, fact_id)
) WITHOUT ROWID;
CREATE INDEX stats_results_fact ON stats_results (fact_id);

-- The only tie between a session and its facts, so that a later end of the same visit, a new
-- visit or the closing outcome update them. Deleted with the session (erasure, purge): after that
-- nothing leads from a person to a row of statistics.
CREATE TABLE stats_links (
  session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  visit      INTEGER NOT NULL,
  fact_id    INTEGER NOT NULL,
  PRIMARY KEY (session_id, visit)
);
