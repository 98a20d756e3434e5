package com.interviewiq.engine.evaluation;

import java.util.Locale;

/** Who scored an answer: the local rubric, the remote model, or the rubric after the remote failed. */
public enum EvaluatorSource {
    RUBRIC, REMOTE, REMOTE_FALLBACK;

    /** "rubric", "remote" or "remote-fallback", as stored and exported. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static EvaluatorSource fromLabel(String label) {
        for (EvaluatorSource s : values()) {
            if (s.label().equals(label)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown evaluator source '" + label + "'");
    }
}
