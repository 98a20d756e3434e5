package com.interviewiq.engine.questions;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * One point a good answer makes: what it is, how much it weighs (1..10), the words or phrases
 * that show a candidate made it, and optionally example answers: sentences a candidate might say
 * to make the point, in other words than the criterion's. The keyword scorer reads the keywords;
 * the semantic scorer compares an answer's sentences with the criterion and its examples, so
 * examples are how a rubric teaches it paraphrases.
 */
public record RubricCriterion(String criterion, int weight, List<String> keywords,
                              @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> examples) {
    public RubricCriterion {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        examples = examples == null ? List.of() : List.copyOf(examples);
    }

    /** A criterion without example answers. */
    public RubricCriterion(String criterion, int weight, List<String> keywords) {
        this(criterion, weight, keywords, List.of());
    }
}
