package com.interviewiq.engine.questions;

import java.time.Instant;
import java.util.List;

/**
 * A stored question. {@code key} is the stable external key used by import/export;
 * {@code version} increases on every save (optimistic locking between consoles).
 */
public record Question(long id, String key, String category, int difficulty, String title, String prompt,
                       List<String> tags, List<RubricCriterion> rubric, int timeLimitSeconds,
                       QuestionStatus status, int version, Instant createdAt, Instant updatedAt) {
    public Question {
        tags = List.copyOf(tags);
        rubric = List.copyOf(rubric);
    }

    /** The editable content of this question, e.g. to change a field and save it back. */
    public QuestionDraft toDraft() {
        return new QuestionDraft(key, category, difficulty, title, prompt, tags, rubric, timeLimitSeconds, status);
    }
}
