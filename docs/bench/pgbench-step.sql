-- The benchmark's "step" for pgbench, the same SQL as `interviewiq bench --workload step`:
-- read a question by id, insert an answer, read the session's count and average, in one transaction.
\set session random(1000000, 1001023)
\set question random(1, :nquestions)
BEGIN;
SELECT id, title, difficulty FROM questions WHERE id = :question;
INSERT INTO bench_answers (session_id, question_id, score) VALUES (:session, :question, :question % 101);
SELECT COUNT(*) AS n, AVG(score) AS avg_score FROM bench_answers WHERE session_id = :session;
END;
