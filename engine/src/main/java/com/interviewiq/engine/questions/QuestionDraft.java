package com.interviewiq.engine.questions;

import java.util.List;

/** The content of a question as a user or an import file gives it, before validation. */
public record QuestionDraft(String key, String category, Integer difficulty, String title, String prompt,
                            List<String> tags, List<RubricCriterion> rubric, Integer timeLimitSeconds,
                            QuestionStatus status) {
    public QuestionDraft {
        tags = tags == null ? List.of() : List.copyOf(tags);
        rubric = rubric == null ? List.of() : List.copyOf(rubric);
    }

    public QuestionDraft withKey(String newKey) {
        return new QuestionDraft(newKey, category, difficulty, title, prompt, tags, rubric, timeLimitSeconds, status);
    }

    public QuestionDraft withTitle(String newTitle) {
        return new QuestionDraft(key, category, difficulty, newTitle, prompt, tags, rubric, timeLimitSeconds, status);
    }
}
