package com.interviewiq.engine.sessions;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

public record InterviewSession(long id, String candidate, String interviewer, List<String> track,
                               int plannedQuestions, Integer timeLimitSeconds, SessionStatus status,
                               int currentDifficulty, Long currentQuestionId, Instant currentServedAt,
                               String stopReason, Instant createdAt, Instant startedAt, Instant pausedAt,
                               long pausedMillis, Instant finishedAt, int version) {
    public InterviewSession {
        track = List.copyOf(track);
    }

    /** Interview time so far, not counting pauses. */
    public Duration activeTime(Instant now) {
        if (startedAt == null) {
            return Duration.ZERO;
        }
        Instant end = finishedAt != null ? finishedAt : now;
        long paused = pausedMillis + (pausedAt != null ? Math.max(0, end.toEpochMilli() - pausedAt.toEpochMilli()) : 0);
        return Duration.ofMillis(Math.max(0, end.toEpochMilli() - startedAt.toEpochMilli() - paused));
    }
}
