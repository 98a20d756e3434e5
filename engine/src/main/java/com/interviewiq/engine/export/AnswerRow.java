package com.interviewiq.engine.export;

import java.time.Instant;

/**
 * One answer as the bulk export writes it: the session it belongs to, the question, and how it
 * was scored. {@code evaluatorDetail} is why the remote evaluator did not score it (may be null).
 */
public record AnswerRow(long sessionId, String candidate, String interviewer, Instant sessionStarted,
                        Instant sessionFinished, Instant answeredAt, String questionKey, String questionTitle,
                        String category, int difficulty, boolean skipped, Integer score, Integer overrideScore,
                        String overrideNote, String evaluatorSource, String evaluatorDetail) {
}
