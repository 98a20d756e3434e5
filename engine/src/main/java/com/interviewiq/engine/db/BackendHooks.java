package com.interviewiq.engine.db;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * What the monitor hands to a backend it opens: where to report connection-acquire waits
 * (neither pool times them the same way, r2dbc-pool not at all) and the registry for the pool's
 * own standard meters (hikaricp_*, r2dbc.pool.*). Both may be absent when monitoring is off.
 */
public record BackendHooks(AcquireListener acquire, MeterRegistry registry) {
    public static final BackendHooks NONE = new BackendHooks(nanos -> { }, null);

    @FunctionalInterface
    public interface AcquireListener {
        /** A connection was handed out after waiting this long (admission queue + pool). */
        void acquired(long waitNanos);
    }
}
