package com.interviewiq.engine.sessions;

import com.interviewiq.engine.evaluation.CriterionMark;
import com.interviewiq.engine.evaluation.EvaluatorSource;

import java.time.Instant;
import java.util.List;

/**
 * A stored answer. {@code score} is the evaluator's (null when skipped); an interviewer's
 * override is kept beside it, never in place of it. {@code evaluatorDetail} says why the remote
 * evaluator did not score it (null when it did, or when none is configured).
 */
public record Answer(long id, long sessionId, long questionId, int seq, String category, int difficulty,
                     String text, boolean skipped, long timeTakenMs, Integer score, List<CriterionMark> marks,
                     String feedback, EvaluatorSource source, String evaluatorDetail, Integer overrideScore, String overrideNote,
                     String overrideBy, Instant overrideAt, Instant answeredAt) {
    public Answer {
        marks = marks == null ? List.of() : List.copyOf(marks);
    }

    /** The score that counts: the override when there is one, 0 for a skipped question. */
    public int effectiveScore() {
        if (overrideScore != null) {
            return overrideScore;
        }
        return score == null ? 0 : score;
    }
}
