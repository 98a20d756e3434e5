package com.interviewiq.engine.bench;

import java.util.Locale;

/**
 * step: one transaction that reads a question by id, inserts an answer and reads the session's
 * count and average (the reference "interview step"); read: one single-row read.
 */
public enum BenchWorkload {
    STEP, READ;

    public static BenchWorkload parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "step" -> STEP;
            case "read" -> READ;
            default -> throw new IllegalArgumentException("unknown workload '" + text + "' (expected step or read)");
        };
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
