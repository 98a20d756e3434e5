package com.interviewiq.engine.evaluation;

import java.util.List;

/**
 * The verdict on one answer: a 0..100 score, per-criterion marks, readable feedback, who
 * produced it and (for a fallback) why the remote evaluator was not used.
 */
public record Evaluation(int score, List<CriterionMark> marks, String feedback, EvaluatorSource source,
                         String detail) {
    public Evaluation {
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score must be 0..100, got " + score);
        }
        marks = marks == null ? List.of() : List.copyOf(marks);
    }
}
