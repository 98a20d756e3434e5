package com.interviewiq.engine;

import com.interviewiq.engine.db.Database;
import com.interviewiq.engine.db.BackendHooks;
import com.interviewiq.engine.db.BackendSpec;
import com.interviewiq.engine.config.SyncExecutor;
import com.interviewiq.engine.config.Mode;
import com.interviewiq.engine.config.DatabaseTarget;
import com.interviewiq.engine.config.PoolSettings;
import com.interviewiq.engine.db.jdbc.JdbcDatabase;
import com.interviewiq.engine.db.r2dbc.R2dbcDatabase;

import java.util.concurrent.atomic.AtomicInteger;

/** Opens an adapter of either mode for a target; the only place that names the adapters ({@link BackendStack} builds on it). */
public final class Backends {
    private static final AtomicInteger SEQ = new AtomicInteger();

    private Backends() {
    }

    /** Loads the driver of {@code mode} by opening and closing one connection (no pool), ahead of a live switch. */
    public static void warmDriver(DatabaseTarget target, Mode mode, java.time.Duration timeout) {
        switch (mode) {
            case SYNC -> JdbcDatabase.warmDriver(target, timeout);
            case ASYNC -> R2dbcDatabase.warmDriver(target, timeout);
        }
    }

    public static Database open(DatabaseTarget target, Mode mode, SyncExecutor executor, PoolSettings pool) {
        return open(target, mode, executor, pool, BackendHooks.NONE);
    }

    public static Database open(DatabaseTarget target, Mode mode, SyncExecutor executor, PoolSettings pool,
                                BackendHooks hooks) {
        return open(new BackendSpec(target, mode, executor, pool), hooks);
    }

    /** The adapter {@code spec} names, its pool named for the mode and numbered (it shows in thread dumps and meters). */
    public static Database open(BackendSpec spec, BackendHooks hooks) {
        String name = "iq-" + spec.mode().label() + "-" + SEQ.incrementAndGet();
        return switch (spec.mode()) {
            case SYNC -> new JdbcDatabase(spec.target(), spec.pool(), spec.executor(), name, hooks);
            case ASYNC -> new R2dbcDatabase(spec.target(), spec.pool(), name, hooks);
        };
    }
}
