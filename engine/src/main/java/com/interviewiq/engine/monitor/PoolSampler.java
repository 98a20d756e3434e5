package com.interviewiq.engine.monitor;

import com.interviewiq.engine.db.Drain;
import com.interviewiq.engine.db.Database;
import com.interviewiq.engine.db.PoolStats;
import org.HdrHistogram.Histogram;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Every tick, reads the active backend's pool gauges and the interval's measurements and adds
 * one {@link MetricsSample} to the history. Rates divide by the real elapsed time since the
 * previous tick (not the configured interval); a tick later than twice the interval is marked
 * as following a gap.
 */
public final class PoolSampler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PoolSampler.class);
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(10);

    private final Supplier<Database> db;
    private final DatabaseMetrics metrics;
    private final MetricsHistory history;
    private final Duration interval;
    private final Clock clock;
    private final ScheduledExecutorService timer;
    private final Consumer<MetricsSample> afterSample;
    private long lastNanos;
    private DatabaseMetrics.Counts lastCounts;
    private final ProcessCpu cpu = new ProcessCpu();
    private long lastCpuNanos;

    public PoolSampler(Supplier<Database> db, DatabaseMetrics metrics, MetricsHistory history, Duration interval, Clock clock,
                       Consumer<MetricsSample> afterSample) {
        this.db = db;
        this.metrics = metrics;
        this.history = history;
        this.interval = interval;
        this.clock = clock;
        this.afterSample = afterSample;
        this.timer = Executors.newSingleThreadScheduledExecutor(Drain.daemonThreads("pool-sampler"));
        reset(System.nanoTime());
    }

    public void start() {
        reset(System.nanoTime());
        timer.scheduleAtFixedRate(this::tickSafely, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Starts counting from now: measurements so far are not part of the next sample. */
    synchronized void reset(long nowNanos) {
        lastNanos = nowNanos;
        lastCounts = metrics.counts();
        lastCpuNanos = cpu.totalNanos();
        metrics.takeIntervals();
    }

    private void tickSafely() {
        try {
            tick(System.nanoTime());
        } catch (RuntimeException e) {
            LOG.warn("sampling failed: {}", e.toString());
        }
    }

    /** Takes one sample as of {@code nowNanos}; public for tests that drive time themselves. */
    public synchronized MetricsSample tick(long nowNanos) {
        Database active = db.get(); // whichever backend serves new transactions now
        PoolStats pool = active.poolStats();
        DatabaseMetrics.Intervals h = metrics.takeIntervals();
        DatabaseMetrics.Counts counts = metrics.counts();
        double seconds = Math.max(1e-9, (nowNanos - lastNanos) / 1e9);
        boolean gap = nowNanos - lastNanos > 2 * interval.toNanos();
        long cpuNanos = cpu.totalNanos();
        double cpuCores = cpuNanos < 0 || lastCpuNanos < 0 ? Double.NaN : (cpuNanos - lastCpuNanos) / 1e9 / seconds;
        MetricsSample s = new MetricsSample(clock.instant(), active.mode().label(), pool,
                new MetricsSample.Rates((counts.statements() - lastCounts.statements()) / seconds,
                        (counts.transactions() - lastCounts.transactions()) / seconds,
                        (counts.databaseErrors() - lastCounts.databaseErrors()) / seconds, cpuCores),
                new MetricsSample.Latency(ms(h.statements(), 50), ms(h.statements(), 95), ms(h.statements(), 99),
                        maxMs(h.statements()), ms(h.transactions(), 99), ms(h.acquires(), 99), meanMs(h.transactions()),
                        meanMs(h.acquires())),
                new MetricsSample.Totals(counts.commits(), counts.rollbacks(), counts.databaseErrors()), seconds, gap);
        lastNanos = nowNanos;
        lastCounts = counts;
        lastCpuNanos = cpuNanos;
        history.add(s);
        afterSample.accept(s);
        return s;
    }

    private static double ms(Histogram h, double percentile) {
        return h.getTotalCount() == 0 ? 0 : h.getValueAtPercentile(percentile) / 1000.0;
    }

    private static double meanMs(Histogram h) {
        return h.getTotalCount() == 0 ? 0 : h.getMean() / 1000.0;
    }

    private static double maxMs(Histogram h) {
        return h.getTotalCount() == 0 ? 0 : h.getMaxValue() / 1000.0;
    }

    /**
     * Stops sampling and waits for a tick in progress: a tick pings the database and may read the
     * schema status over its own connection, which must be done before the database is closed
     * (an H2 file would otherwise be written to after the engine said it was closed).
     */
    @Override
    public void close() {
        if (!Drain.shutdownGently(timer, CLOSE_WAIT)) {
            LOG.warn("a sample was still running {} s after close; interrupted it", CLOSE_WAIT.toSeconds());
        }
    }
}
