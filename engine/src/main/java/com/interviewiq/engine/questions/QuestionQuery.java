package com.interviewiq.engine.questions;

/**
 * Filters for the question bank; null means "any". {@code text} matches key, title or prompt,
 * case-insensitively. Results are ordered by id (insertion order).
 */
public record QuestionQuery(String category, Integer difficulty, String tag, QuestionStatus status, String text,
                            int offset, int limit) {
    public static final int MAX_LIMIT = 10_000;

    public QuestionQuery {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT);
        }
    }

    public static QuestionQuery all() {
        return new QuestionQuery(null, null, null, null, null, 0, MAX_LIMIT);
    }

    public QuestionQuery page(int newOffset, int newLimit) {
        return new QuestionQuery(category, difficulty, tag, status, text, newOffset, newLimit);
    }
}
