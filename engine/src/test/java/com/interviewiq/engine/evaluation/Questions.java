package com.interviewiq.engine.evaluation;

import com.interviewiq.engine.questions.Question;
import com.interviewiq.engine.questions.QuestionStatus;
import com.interviewiq.engine.questions.RubricCriterion;

import java.time.Instant;
import java.util.List;

/** Questions for the evaluation tests. */
final class Questions {
    static final RubricCriterion WHAT_INDEX = new RubricCriterion("Explains what an index is", 2,
            List.of("index", "lookup structure"));
    static final RubricCriterion NAMES_BTREE = new RubricCriterion("Names the B-tree", 1,
            List.of("B-tree", "balanced tree"));
    static final RubricCriterion WRITE_COST = new RubricCriterion("Mentions the write cost", 2,
            List.of("write amplification", "slower writes", "slower inserts", "more disk space"));

    private Questions() {
    }

    /** "What is an index?" with three criteria weighing 2 + 1 + 2 = 5. */
    static Question indexQuestion() {
        return question(WHAT_INDEX, NAMES_BTREE, WRITE_COST);
    }

    static Question question(RubricCriterion... rubric) {
        return new Question(7, "db-index", "databases", 2, "Database indexes",
                "What is a database index, and what does it cost?", List.of("sql"), List.of(rubric), 300,
                QuestionStatus.READY, 1, Instant.EPOCH, Instant.EPOCH);
    }
}
