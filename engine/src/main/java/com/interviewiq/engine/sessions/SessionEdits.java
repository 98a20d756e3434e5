package com.interviewiq.engine.sessions;

import java.time.Instant;

/**
 * A session as it is after an update this engine just made, built from what the update wrote:
 * the transaction that wrote a row does not read it back. Each mirrors one UPDATE in
 * {@link SessionService} (including its {@code version + 1}).
 */
final class SessionEdits {
    private SessionEdits() {
    }

    static InterviewSession served(InterviewSession s, long questionId, Instant at) {
        return new InterviewSession(s.id(), s.candidate(), s.interviewer(), s.track(), s.plannedQuestions(),
                s.timeLimitSeconds(), s.status(), s.currentDifficulty(), questionId, at, s.stopReason(), s.createdAt(),
                s.startedAt(), s.pausedAt(), s.pausedMillis(), s.finishedAt(), s.version() + 1);
    }

    static InterviewSession resumed(InterviewSession s, long pausedFor) {
        return new InterviewSession(s.id(), s.candidate(), s.interviewer(), s.track(), s.plannedQuestions(),
                s.timeLimitSeconds(), SessionStatus.IN_PROGRESS, s.currentDifficulty(), s.currentQuestionId(),
                s.currentServedAt(), s.stopReason(), s.createdAt(), s.startedAt(), null, s.pausedMillis() + pausedFor,
                s.finishedAt(), s.version() + 1);
    }

    static InterviewSession ended(InterviewSession s, SessionStatus status, String reason, Instant at, long pausedFor) {
        return new InterviewSession(s.id(), s.candidate(), s.interviewer(), s.track(), s.plannedQuestions(),
                s.timeLimitSeconds(), status, s.currentDifficulty(), null, null, reason, s.createdAt(), s.startedAt(),
                null, s.pausedMillis() + pausedFor, at, s.version() + 1);
    }
}
