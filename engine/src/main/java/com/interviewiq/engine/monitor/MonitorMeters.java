package com.interviewiq.engine.monitor;

import com.interviewiq.engine.db.Database;
import com.interviewiq.engine.config.Mode;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

/**
 * The engine's own meters beside the pools' standard ones: statement and transaction counts,
 * errors by kind, latency percentiles of the last tick, and the active mode as a tag.
 */
final class MonitorMeters {
    private MonitorMeters() {
    }

    static void bind(MeterRegistry registry, DatabaseMetrics metrics, MetricsHistory history, Supplier<Database> db) {
        FunctionCounter.builder("interviewiq.db.statements", metrics, m -> m.counts().statements())
                .description("Statements executed through the data port").register(registry);
        FunctionCounter.builder("interviewiq.db.transactions", metrics, m -> m.counts().commits())
                .tag("outcome", "commit").register(registry);
        FunctionCounter.builder("interviewiq.db.transactions", metrics, m -> m.counts().rollbacks())
                .tag("outcome", "rollback").register(registry);
        for (ErrorKind kind : ErrorKind.values()) {
            FunctionCounter.builder("interviewiq.db.errors", metrics, m -> m.counts().errorsByKind().get(kind))
                    .tag("kind", kind.label()).register(registry);
        }
        for (Mode mode : Mode.values()) {
            Gauge.builder("interviewiq.db.mode", db, d -> d.get().mode() == mode ? 1 : 0)
                    .description("1 for the mode serving new transactions").tag("mode", mode.label()).register(registry);
        }
        latency(registry, history, "0.5", MetricsSample::p50Ms);
        latency(registry, history, "0.95", MetricsSample::p95Ms);
        latency(registry, history, "0.99", MetricsSample::p99Ms);
        Gauge.builder("interviewiq.db.acquire.wait.p99", history, h -> sampleValue(h, MetricsSample::acquireP99Ms) / 1000)
                .baseUnit("seconds").description("99th percentile of the wait for a connection in the last tick")
                .register(registry);
    }

    private static void latency(MeterRegistry registry, MetricsHistory history, String quantile,
                                ToDoubleFunction<MetricsSample> value) {
        Gauge.builder("interviewiq.db.statement.latency", history, h -> sampleValue(h, value) / 1000)
                .baseUnit("seconds").tag("quantile", quantile)
                .description("Statement latency over the last tick").register(registry);
    }

    private static double sampleValue(MetricsHistory h, ToDoubleFunction<MetricsSample> value) {
        MetricsSample s = h.latest();
        return s == null ? Double.NaN : value.applyAsDouble(s);
    }
}
