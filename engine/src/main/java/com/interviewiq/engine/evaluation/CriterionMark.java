package com.interviewiq.engine.evaluation;

import java.util.List;

/** Whether one rubric criterion was met, and which of its keywords the answer contained. */
public record CriterionMark(String criterion, int weight, boolean met, List<String> matched) {
    public CriterionMark {
        matched = matched == null ? List.of() : List.copyOf(matched);
    }
}
