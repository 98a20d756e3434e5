package com.interviewiq.engine.db.r2dbc;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.PoolMetrics;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * r2dbc-pool's gauges under the names the ecosystem scrapes (r2dbc.pool.acquired, .allocated,
 * .idle, .pending, .max.allocated, .max.pending, tagged with the pool name). Removed again when
 * the pool closes, so a mode switch does not leave dead gauges behind.
 */
final class R2dbcPoolMeters {
    private final MeterRegistry registry;
    private final List<Meter> meters;

    private R2dbcPoolMeters(MeterRegistry registry, List<Meter> meters) {
        this.registry = registry;
        this.meters = meters;
    }

    static R2dbcPoolMeters bind(MeterRegistry registry, String name, ConnectionPool pool) {
        PoolMetrics m = pool.getMetrics().orElseThrow();
        return new R2dbcPoolMeters(registry, List.of(
                gauge(registry, "r2dbc.pool.acquired", "Connections in use", name, m, PoolMetrics::acquiredSize),
                gauge(registry, "r2dbc.pool.allocated", "Connections opened", name, m, PoolMetrics::allocatedSize),
                gauge(registry, "r2dbc.pool.idle", "Idle connections", name, m, PoolMetrics::idleSize),
                gauge(registry, "r2dbc.pool.pending", "Acquires waiting", name, m, PoolMetrics::pendingAcquireSize),
                gauge(registry, "r2dbc.pool.max.allocated", "Maximum connections", name, m, PoolMetrics::getMaxAllocatedSize),
                gauge(registry, "r2dbc.pool.max.pending", "Maximum waiting acquires", name, m, PoolMetrics::getMaxPendingAcquireSize)));
    }

    private static Meter gauge(MeterRegistry registry, String meter, String description, String name, PoolMetrics m,
                               ToDoubleFunction<PoolMetrics> value) {
        return Gauge.builder(meter, m, value).description(description).tag("name", name).register(registry);
    }

    void remove() {
        meters.forEach(registry::remove);
    }
}
