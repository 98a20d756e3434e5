package com.interviewiq.engine.sessions;

import java.util.Objects;

/**
 * One page of the history: which sessions ({@code where}: its own offset and limit are not used,
 * this query's are), in which order, and which slice of them.
 */
public record SessionQuery(SessionFilter where, SessionSort sort, boolean descending, int offset, int limit) {
    public static final int MAX_LIMIT = 1000;

    public SessionQuery {
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(sort, "sort");
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative, got " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", got " + limit);
        }
    }

    /** The first page of {@code pageSize} sessions matching {@code where}, newest first. */
    public static SessionQuery firstPage(SessionFilter where, int pageSize) {
        return new SessionQuery(where, SessionSort.CREATED, true, 0, pageSize);
    }

    public SessionQuery page(int newOffset, int newLimit) {
        return new SessionQuery(where, sort, descending, newOffset, newLimit);
    }

    public SessionQuery sortedBy(SessionSort newSort, boolean newDescending) {
        return new SessionQuery(where, newSort, newDescending, offset, limit);
    }
}
