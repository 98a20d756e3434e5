package com.interviewiq.engine.bench;

import com.interviewiq.engine.config.Mode;
import com.interviewiq.engine.config.SyncExecutor;

import java.util.Locale;

/**
 * What the benchmark compares: the engine's three ways, and a baseline without the engine for each
 * kind of driver (raw: the same SQL on a bare HikariCP pool; raw-async: on a bare r2dbc-pool).
 */
public enum BenchMode {
    SYNC("sync", Mode.SYNC, SyncExecutor.PLATFORM),
    SYNC_VIRTUAL("sync-virtual", Mode.SYNC, SyncExecutor.VIRTUAL),
    ASYNC("async", Mode.ASYNC, SyncExecutor.PLATFORM),
    RAW("raw", Mode.SYNC, SyncExecutor.VIRTUAL),
    RAW_ASYNC("raw-async", Mode.ASYNC, SyncExecutor.PLATFORM);

    private final String label;
    private final Mode mode;
    private final SyncExecutor executor;

    BenchMode(String label, Mode mode, SyncExecutor executor) {
        this.label = label;
        this.mode = mode;
        this.executor = executor;
    }

    public String label() {
        return label;
    }

    /** A baseline without the engine (no port, no services): it cannot run the interview workload. */
    public boolean raw() {
        return this == RAW || this == RAW_ASYNC;
    }

    Mode mode() {
        return mode;
    }

    SyncExecutor executor() {
        return executor;
    }

    public static BenchMode parse(String text) {
        for (BenchMode m : values()) {
            if (m.label.equals(text.trim().toLowerCase(Locale.ROOT))) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown mode '" + text + "' (expected sync, sync-virtual, async, raw or raw-async)");
    }
}
