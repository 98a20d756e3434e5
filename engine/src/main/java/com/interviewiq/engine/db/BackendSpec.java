package com.interviewiq.engine.db;

import com.interviewiq.engine.config.SyncExecutor;
import com.interviewiq.engine.config.Mode;
import com.interviewiq.engine.config.DatabaseTarget;
import com.interviewiq.engine.config.PoolSettings;

/** Everything that decides which backend serves transactions: where, how, and with which pool. */
public record BackendSpec(DatabaseTarget target, Mode mode, SyncExecutor executor, PoolSettings pool) {
    public BackendSpec withMode(Mode newMode) {
        return new BackendSpec(target, newMode, executor, pool);
    }

    public String describe() {
        return mode.label() + (mode == Mode.SYNC ? " (" + executor.label() + " threads)" : "") + ", pool "
                + pool.size() + "+" + pool.maxOverflow() + " (min idle " + pool.minIdle() + "), " + target.location()
                + (target.pooler() == com.interviewiq.engine.config.Pooler.NONE ? "" : " through " + target.pooler().label());
    }
}
