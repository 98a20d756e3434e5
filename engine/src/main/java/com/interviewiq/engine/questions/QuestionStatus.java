package com.interviewiq.engine.questions;

import java.util.Locale;

public enum QuestionStatus {
    DRAFT, READY;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses "draft" or "ready" (any case); null for anything else. */
    public static QuestionStatus parseOrNull(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "draft" -> DRAFT;
            case "ready" -> READY;
            default -> null;
        };
    }
}
