package com.interviewiq.engine.sessions;

import java.time.Instant;

/**
 * One line of the session history. {@code averageScore} is null until something was answered;
 * {@code startedAt} is null while the session is only planned (last, so JSON readers of the older
 * fields see them where they were).
 */
public record SessionSummary(long id, String candidate, String interviewer, SessionStatus status, Instant createdAt,
                             Instant finishedAt, int answered, Double averageScore, Instant startedAt) {
}
