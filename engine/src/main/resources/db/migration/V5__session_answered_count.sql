-- Issue 17 part 3: an interview step counted the session's answers (COUNT(*)) on every next and
-- submit. The count now lives on the session row: the conditional update that stores an answer
-- also bumps it (and is guarded by it), so the answer's seq is known without a read.
ALTER TABLE interview_sessions ADD COLUMN answered_count INTEGER DEFAULT 0 NOT NULL;

UPDATE interview_sessions
   SET answered_count = (SELECT COUNT(*) FROM answers a WHERE a.session_id = interview_sessions.id);
