-- As db/migration/V3 (SQLite): the language the person chose for the interview (ISO 639-1).
ALTER TABLE sessions ADD COLUMN language TEXT NOT NULL DEFAULT 'fr';
