package com.interviewiq.engine.sessions;

import java.time.Instant;

/** Filters for the session history; nulls mean "any". Newest first. */
public record SessionFilter(String candidate, SessionStatus status, Instant from, Instant to, Integer minScore,
                            int offset, int limit) {
    public static SessionFilter all() {
        return new SessionFilter(null, null, null, null, null, 0, 1000);
    }
}
