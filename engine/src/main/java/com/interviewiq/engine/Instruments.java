package com.interviewiq.engine;

import com.interviewiq.engine.db.BackendHooks;
import com.interviewiq.engine.monitor.DatabaseMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * How a backend stack is measured: the adapter reports connection waits and its pool's standard
 * meters to {@code hooks}; the timing decorator records every transaction and statement into
 * {@code metrics} and {@code registry}. {@link #OFF} times nothing (null metrics and registry).
 */
public record Instruments(BackendHooks hooks, DatabaseMetrics metrics, MeterRegistry registry) {
    public static final Instruments OFF = new Instruments(BackendHooks.NONE, null, null);

    /** The engine's monitor: connection waits into its metrics, hikaricp_* and r2dbc.pool.* into its registry. */
    public static Instruments monitor(DatabaseMetrics metrics, MeterRegistry registry) {
        return new Instruments(new BackendHooks(metrics::acquired, registry), metrics, registry);
    }

    /**
     * A benchmark run: connection waits go to the run's own recorder (its acquire p99) and the pool
     * has no meters, while the decorator still times every transaction, because the engine's cost
     * is what the benchmark measures; what it records is the run's own and thrown away after.
     */
    public static Instruments benchmark(BackendHooks.AcquireListener acquires) {
        return new Instruments(new BackendHooks(acquires, null), new DatabaseMetrics(), new SimpleMeterRegistry());
    }

    /** Whether the decorator goes over the backend. */
    public boolean timed() {
        return metrics != null;
    }
}
