package com.interviewiq.engine.config;

import java.util.Locale;

/** Where the JDBC adapter runs transaction functions: a bounded platform pool or virtual threads. */
public enum SyncExecutor {
    PLATFORM, VIRTUAL;

    public static SyncExecutor parse(String text) {
        return switch (text == null ? "" : text.trim().toLowerCase(Locale.ROOT)) {
            case "platform" -> PLATFORM;
            case "virtual" -> VIRTUAL;
            default -> throw new IllegalArgumentException(
                    "unknown sync executor '" + text + "' (expected platform or virtual)");
        };
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
