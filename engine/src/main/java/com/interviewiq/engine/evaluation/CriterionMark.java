package com.interviewiq.engine.evaluation;

import java.util.List;

/**
 * Whether one rubric criterion was met, which of its keywords the answer contained, and the
 * evidence: for the semantic evaluator the answer's sentence that met it, or why none did (null
 * where the evaluator gives none, and in answers scored before evidence was recorded).
 */
public record CriterionMark(String criterion, int weight, boolean met, List<String> matched, String evidence) {
    public CriterionMark {
        matched = matched == null ? List.of() : List.copyOf(matched);
    }

    public CriterionMark(String criterion, int weight, boolean met, List<String> matched) {
        this(criterion, weight, met, matched, null);
    }
}
