package com.interviewiq.engine.monitor;

import com.interviewiq.engine.config.Settings;
import com.interviewiq.engine.db.Database;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The database monitor: samples the active backend every tick into the history, feeds the
 * Prometheus registry and hands each sample to whoever the engine wired to it (health). With
 * monitoring off nothing samples and nothing is timed.
 */
public final class Monitor implements AutoCloseable {
    public static final Duration HISTORY_SPAN = Duration.ofHours(1);

    private final DatabaseMetrics metrics;
    private final MetricsHistory history;
    private final PrometheusMeterRegistry registry;
    private final PoolSampler sampler;

    /**
     * @param served   the database the services use (instrumented when monitoring is on)
     * @param onSample called on the sampler's thread with each sample
     */
    public Monitor(Settings settings, Supplier<Database> served, DatabaseMetrics metrics, PrometheusMeterRegistry registry,
                   Clock clock, Consumer<MetricsSample> onSample) {
        this.metrics = metrics;
        this.registry = registry;
        this.history = new MetricsHistory(HISTORY_SPAN, settings.sampleInterval());
        if (settings.monitoringEnabled()) {
            MonitorMeters.bind(registry, metrics, history, served);
            this.sampler = new PoolSampler(served, metrics, history, settings.sampleInterval(), clock, onSample);
        } else {
            this.sampler = null;
        }
    }

    public void start() {
        if (sampler != null) {
            sampler.start();
        }
    }

    public boolean enabled() {
        return sampler != null;
    }

    public MetricsHistory history() {
        return history;
    }

    public DatabaseMetrics metrics() {
        return metrics;
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    /** Takes a sample now (tests, and the CLI's one-shot health). */
    public MetricsSample sampleNow() {
        return sampler == null ? null : sampler.tick(System.nanoTime());
    }

    /** Stops sampling (a tick in progress finishes first). Call before closing the database. */
    @Override
    public void close() {
        if (sampler != null) {
            sampler.close();
        }
    }
}
