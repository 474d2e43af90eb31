-- The language the person chose for the interview (ISO 639-1: fr, en, uk…). Answers never depend
-- on it; it says in which language to show the questions again at a kiosk and to print the paper.
ALTER TABLE sessions ADD COLUMN language TEXT NOT NULL DEFAULT 'fr';
