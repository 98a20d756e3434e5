package com.interviewiq.engine.monitor;

import com.interviewiq.engine.config.Settings;
import com.interviewiq.engine.db.Database;
import com.interviewiq.engine.health.HealthMonitor;
import com.interviewiq.engine.health.HealthReport;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * The database monitor: samples the active backend every tick into the history, judges health
 * and feeds the Prometheus registry. With monitoring off nothing samples and nothing is timed;
 * health is then judged on demand from a fresh ping and the pool's gauges.
 */
public final class Monitor implements AutoCloseable {
    public static final Duration HISTORY_SPAN = Duration.ofHours(1);

    private final Settings settings;
    private final Supplier<Database> served;
    private final Supplier<Database> raw;
    private final DatabaseMetrics metrics;
    private final MetricsHistory history;
    private final HealthMonitor health;
    private final PrometheusMeterRegistry registry;
    private final Clock clock;
    private final PoolSampler sampler;
    /** Health checks hold it shared; close takes it alone, so no check opens a connection after close. */
    private final ReadWriteLock checks = new ReentrantReadWriteLock();
    private boolean closed; // guarded by checks

    /**
     * @param served the database the services use (instrumented when monitoring is on)
     * @param raw    the backend beneath, for the monitor's own pings (not counted as application work)
     */
    public Monitor(Settings settings, Supplier<Settings> current, Supplier<Database> served, Supplier<Database> raw,
                   DatabaseMetrics metrics, PrometheusMeterRegistry registry, Clock clock) {
        this.settings = settings;
        this.served = served;
        this.raw = raw;
        this.metrics = metrics;
        this.registry = registry;
        this.clock = clock;
        this.history = new MetricsHistory(HISTORY_SPAN, settings.sampleInterval());
        this.health = new HealthMonitor(settings, current, raw, clock);
        if (settings.monitoringEnabled()) {
            MonitorMeters.bind(registry, metrics, history, served);
            this.sampler = new PoolSampler(served, metrics, history, settings.sampleInterval(), clock,
                    s -> health.onSample(s.load()));
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

    public HealthMonitor healthMonitor() {
        return health;
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    /** Takes a sample now (tests, and the CLI's one-shot health). */
    public MetricsSample sampleNow() {
        return sampler == null ? null : sampler.tick(System.nanoTime());
    }

    public HealthReport health() {
        checks.readLock().lock();
        try {
            if (closed || (sampler != null && history.latest() != null)) {
                return health.report();
            }
            MetricsSample instant = MetricsSample.gaugesOnly(clock.instant(), served.get().mode().label(),
                    served.get().poolStats());
            return HealthMonitor.once(settings, raw.get(), instant.load(), clock);
        } finally {
            checks.readLock().unlock();
        }
    }

    /**
     * Stops sampling and waits for any health check in progress (a check pings and may read the
     * schema over a connection of its own); afterwards health reports the last known state and
     * touches the database no more. Call before closing the database.
     */
    @Override
    public void close() {
        if (sampler != null) {
            sampler.close(); // outside the lock: a tick's listeners call health()
        }
        checks.writeLock().lock();
        try {
            closed = true;
            health.close();
        } finally {
            checks.writeLock().unlock();
        }
    }
}
