-- Who overrode an evaluator's score, and when (the interviewer name from the settings, default the
-- OS user): a hiring decision may rest on it. One statement per column: portable to H2 and PostgreSQL.
ALTER TABLE answers ADD COLUMN override_by VARCHAR(200);
ALTER TABLE answers ADD COLUMN override_at TIMESTAMP WITH TIME ZONE;
