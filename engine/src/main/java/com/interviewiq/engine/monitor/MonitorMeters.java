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
    private static final String TRANSACTIONS = "Transactions through the data port by outcome (commit or rollback)";

    private MonitorMeters() {
    }

    static void bind(MeterRegistry registry, DatabaseMetrics metrics, MetricsHistory history, Supplier<Database> db) {
        FunctionCounter.builder("interviewiq.db.statements", metrics, m -> m.counts().statements())
                .description("Statements executed through the data port").register(registry);
        // every series of a name carries the same description: Prometheus' exposition has one HELP line per name
        FunctionCounter.builder("interviewiq.db.transactions", metrics, m -> m.counts().commits())
                .description(TRANSACTIONS).tag("outcome", "commit").register(registry);
        FunctionCounter.builder("interviewiq.db.transactions", metrics, m -> m.counts().rollbacks())
                .description(TRANSACTIONS).tag("outcome", "rollback").register(registry);
        for (ErrorKind kind : ErrorKind.values()) {
            FunctionCounter.builder("interviewiq.db.errors", metrics, m -> m.counts().errorsByKind().get(kind))
                    .description("Rolled-back transactions by cause; pool_timeout, unavailable, closed and statement"
                            + " are database errors, cancelled and business are not")
                    .tag("kind", kind.label()).register(registry);
        }
        for (Mode mode : Mode.values()) {
            Gauge.builder("interviewiq.db.mode", db, d -> d.get().mode() == mode ? 1 : 0)
                    .description("1 for the mode serving new transactions").tag("mode", mode.label()).register(registry);
        }
        latency(registry, history, "p50", MetricsSample::p50Ms);
        latency(registry, history, "p95", MetricsSample::p95Ms);
        latency(registry, history, "p99", MetricsSample::p99Ms);
        Gauge.builder("interviewiq.db.acquire.wait.p99", history, h -> sampleValue(h, MetricsSample::acquireP99Ms) / 1000)
                .baseUnit("seconds").description("99th percentile of the wait for a connection in the last tick")
                .register(registry);
    }

    /**
     * A gauge per percentile of the last tick, labelled {@code percentile} (p50, p95, p99): a
     * {@code quantile} label belongs to summaries only (promtool rejects it on a gauge), and these
     * are the sampler's own interval percentiles, not a summary Prometheus could aggregate.
     */
    private static void latency(MeterRegistry registry, MetricsHistory history, String percentile,
                                ToDoubleFunction<MetricsSample> value) {
        Gauge.builder("interviewiq.db.statement.latency", history, h -> sampleValue(h, value) / 1000)
                .baseUnit("seconds").tag("percentile", percentile)
                .description("Statement latency over the last tick").register(registry);
    }

    private static double sampleValue(MetricsHistory h, ToDoubleFunction<MetricsSample> value) {
        MetricsSample s = h.latest();
        return s == null ? Double.NaN : value.applyAsDouble(s);
    }
}
