package com.interviewiq.engine.evaluation;

import java.util.Locale;

/**
 * Who scored an answer: the keyword rubric, the in-process sentence model, the remote model, or
 * (in answers scored before the semantic evaluator existed) the rubric after the remote failed.
 * Why a link of the chain was skipped is in {@link Evaluation#detail()}.
 */
public enum EvaluatorSource {
    RUBRIC, REMOTE, REMOTE_FALLBACK, SEMANTIC;

    /** "rubric", "remote", "remote-fallback" or "semantic", as stored and exported. */
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
