package com.interviewiq.engine.sessions;

import com.interviewiq.engine.db.Sql;
import com.interviewiq.engine.db.Tx;
import com.interviewiq.engine.questions.Question;
import com.interviewiq.engine.questions.QuestionReader;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Picks the next question: the track's categories in turn, the ready question nearest the
 * session's current difficulty, never one already asked in this session. Ties are broken by a
 * per-session shuffle that is deterministic, so every backend picks the same question.
 */
final class AdaptiveSelector {
    static final int STRONG = 70;
    static final int WEAK = 40;

    private AdaptiveSelector() {
    }

    /**
     * The staircase: up (+1) after a strong answer, down (-1) after a weak one or a skip (null
     * score). Storing an answer applies the step in the database, clamped to 1..5, so the store
     * needs no read of the current difficulty.
     */
    static int difficultyStep(Integer score) {
        if (score == null || score < WEAK) {
            return -1;
        }
        return score >= STRONG ? 1 : 0;
    }

    static CompletionStage<Optional<Question>> pick(Tx tx, InterviewSession s, int asked) {
        List<String> track = s.track();
        int due = asked % track.size();
        return tryCategory(tx, s, track, due, 0);
    }

    private static CompletionStage<Optional<Question>> tryCategory(Tx tx, InterviewSession s, List<String> track,
                                                                   int due, int attempt) {
        if (attempt >= track.size()) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        String category = track.get((due + attempt) % track.size());
        return tx.queryOptional(Sql.of("SELECT " + QuestionReader.COLUMNS + """
                         FROM questions q
                        WHERE q.category = ? AND q.status = 'ready'
                          AND NOT EXISTS (SELECT 1 FROM answers a WHERE a.session_id = ? AND a.question_id = q.id)
                        ORDER BY ABS(q.difficulty - ?), MOD(q.id * 7919 + ?, 1000003)
                        LIMIT 1""", category, s.id(), s.currentDifficulty(), s.id() * 104_729L), QuestionReader::map)
                .thenCompose(found -> found.isPresent() ? CompletableFuture.completedFuture(found)
                        : tryCategory(tx, s, track, due, attempt + 1));
    }
}
