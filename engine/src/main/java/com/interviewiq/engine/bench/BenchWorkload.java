package com.interviewiq.engine.bench;

import java.util.Locale;

/**
 * step: one transaction that reads a question by id, inserts an answer and reads the session's
 * count and average (the reference "interview step"); read: one single-row read; interview: one
 * real interview step through the engine's services (next question, then an answer the rubric
 * evaluator scores and the service stores, in a new session every five steps), so the whole
 * service stack is measured. The raw baselines (JDBC and R2DBC) have no service layer: they are skipped for
 * interview, and the report says so.
 */
public enum BenchWorkload {
    STEP, READ, INTERVIEW;

    public static BenchWorkload parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "step" -> STEP;
            case "read" -> READ;
            case "interview" -> INTERVIEW;
            default -> throw new IllegalArgumentException("unknown workload '" + text + "' (expected step, read or interview)");
        };
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the raw baselines can run it (they have no services to run an interview through). */
    public boolean rawCanRun() {
        return this != INTERVIEW;
    }
}
