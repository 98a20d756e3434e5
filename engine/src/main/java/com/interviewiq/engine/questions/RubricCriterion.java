package com.interviewiq.engine.questions;

import java.util.List;

/**
 * One point a good answer makes: what it is, how much it weighs (1..10) and the words or
 * phrases that show a candidate made it.
 */
public record RubricCriterion(String criterion, int weight, List<String> keywords) {
    public RubricCriterion {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }
}
