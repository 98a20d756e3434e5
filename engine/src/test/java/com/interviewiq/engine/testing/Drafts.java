package com.interviewiq.engine.testing;

import com.interviewiq.engine.questions.QuestionDraft;
import com.interviewiq.engine.questions.QuestionStatus;
import com.interviewiq.engine.questions.RubricCriterion;

import java.util.List;

/** Valid question drafts for tests. */
public final class Drafts {
    private Drafts() {
    }

    public static QuestionDraft valid(String key, String category, int difficulty) {
        return new QuestionDraft(key, category, difficulty, "Title of " + key, "Explain " + key + " in detail.",
                List.of("tag-" + category.toLowerCase().replace(' ', '-')),
                List.of(new RubricCriterion("Names the index", 2, List.of("index", "b-tree")),
                        new RubricCriterion("Mentions cost", 1, List.of("cost", "trade-off"))),
                300, QuestionStatus.READY);
    }
}
