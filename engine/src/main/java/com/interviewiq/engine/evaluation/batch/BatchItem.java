package com.interviewiq.engine.evaluation.batch;

import java.util.List;

/**
 * One answer to evaluate, as {@code evaluate --batch} reads it. {@code kind} and {@code met} are
 * optional hand labels (the kind of answer, and per rubric criterion in rubric order whether a fair
 * interviewer would tick it); with them the batch also reports how often each evaluator agrees.
 */
public record BatchItem(String questionKey, String answer, String kind, List<Boolean> met) {
    public BatchItem {
        met = met == null ? null : List.copyOf(met);
    }

    public boolean labelled() {
        return met != null;
    }
}
