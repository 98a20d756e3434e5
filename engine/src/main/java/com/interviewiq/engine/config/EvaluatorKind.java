package com.interviewiq.engine.config;

import java.util.Locale;

/**
 * The first link of the evaluator chain (setting {@code evaluator}): the in-process sentence model
 * (default, offline), the keyword rubric, or a remote chat model that falls back to semantic,
 * then rubric.
 */
public enum EvaluatorKind {
    SEMANTIC, RUBRIC, REMOTE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind named {@code text} (any case), or null. */
    public static EvaluatorKind parse(String text) {
        for (EvaluatorKind k : values()) {
            if (k.label().equalsIgnoreCase(text.strip())) {
                return k;
            }
        }
        return null;
    }
}
