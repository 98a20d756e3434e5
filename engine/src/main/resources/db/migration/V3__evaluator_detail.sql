-- Why an answer was not scored by the remote evaluator (timeout, HTTP 500, malformed reply, the
-- breaker open since HH:MM): shown once at the time and lost before; reports now say it for every
-- answer. One line, at most 1000 characters (the engine truncates). Portable to H2 and PostgreSQL.
ALTER TABLE answers ADD COLUMN evaluator_detail VARCHAR(1000);
