package com.interviewiq.ui.interview;

import com.interviewiq.engine.evaluation.CriterionMark;

/** What the evaluation panel says about one criterion: the verdict line, and the evidence under it. */
final class MarkText {
    private MarkText() {
    }

    /** "✓ Explains X (weight 2): keyword, other" */
    static String verdict(CriterionMark m) {
        return (m.met() ? "✓ " : "✗ ") + m.criterion() + " (weight " + m.weight() + ")"
                + (m.matched().isEmpty() ? "" : ": " + String.join(", ", m.matched()));
    }

    /** The sentence that met the criterion, or why none did; empty where the evaluator gives none. */
    static String evidence(CriterionMark m) {
        if (m.evidence() == null || m.evidence().isBlank()) {
            return "";
        }
        return (m.met() ? "said: " : "") + m.evidence();
    }
}
