package com.interviewiq.engine.monitor;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * The raw measurements: latency recorders (wait-free, microseconds) and monotonic counters.
 * The sampler takes an interval histogram per tick; counters are never reset, rates come from
 * deltas over the real elapsed time.
 */
public final class DatabaseMetrics {
    private static final long MAX_MICROS = TimeUnit.MINUTES.toMicros(10);

    private final Recorder statements = new Recorder(MAX_MICROS, 2);
    private final Recorder transactions = new Recorder(MAX_MICROS, 2);
    private final Recorder acquires = new Recorder(MAX_MICROS, 2);
    private final LongAdder statementCount = new LongAdder();
    private final LongAdder commits = new LongAdder();
    private final LongAdder rollbacks = new LongAdder();
    private final Map<ErrorKind, LongAdder> errors = new EnumMap<>(ErrorKind.class);
    private Histogram statementInterval;
    private Histogram transactionInterval;
    private Histogram acquireInterval;

    public DatabaseMetrics() {
        for (ErrorKind k : ErrorKind.values()) {
            errors.put(k, new LongAdder());
        }
    }

    public void statement(long nanos) {
        statementCount.increment();
        statements.recordValue(clamp(nanos));
    }

    public void committed(long nanos) {
        commits.increment();
        transactions.recordValue(clamp(nanos));
    }

    public void rolledBack(long nanos, ErrorKind kind) {
        rollbacks.increment();
        errors.get(kind).increment();
        transactions.recordValue(clamp(nanos));
    }

    public void acquired(long waitNanos) {
        acquires.recordValue(clamp(waitNanos));
    }

    private static long clamp(long nanos) {
        return Math.min(MAX_MICROS, Math.max(0, nanos / 1000));
    }

    /** Counters since start. */
    public Counts counts() {
        long dbErrors = 0;
        Map<ErrorKind, Long> byKind = new EnumMap<>(ErrorKind.class);
        for (var e : errors.entrySet()) {
            long v = e.getValue().sum();
            byKind.put(e.getKey(), v);
            if (e.getKey().databaseError()) {
                dbErrors += v;
            }
        }
        return new Counts(statementCount.sum(), commits.sum(), rollbacks.sum(), dbErrors, byKind);
    }

    /** Histograms of what was recorded since the previous call (one sampler thread calls this). */
    synchronized Intervals takeIntervals() {
        statementInterval = statements.getIntervalHistogram(statementInterval);
        transactionInterval = transactions.getIntervalHistogram(transactionInterval);
        acquireInterval = acquires.getIntervalHistogram(acquireInterval);
        return new Intervals(statementInterval, transactionInterval, acquireInterval);
    }

    public record Counts(long statements, long commits, long rollbacks, long databaseErrors, Map<ErrorKind, Long> errorsByKind) {
        public long transactions() {
            return commits + rollbacks;
        }
    }

    record Intervals(Histogram statements, Histogram transactions, Histogram acquires) {
    }
}
