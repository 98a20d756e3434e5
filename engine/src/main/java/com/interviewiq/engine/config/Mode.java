package com.interviewiq.engine.config;

import java.util.Locale;

/** Which database stack serves transactions: blocking JDBC on a worker, or reactive R2DBC. */
public enum Mode {
    SYNC, ASYNC;

    public static Mode parse(String text) {
        return switch (text == null ? "" : text.trim().toLowerCase(Locale.ROOT)) {
            case "sync", "jdbc" -> SYNC;
            case "async", "r2dbc" -> ASYNC;
            default -> throw new IllegalArgumentException("unknown mode '" + text + "' (expected sync or async)");
        };
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
