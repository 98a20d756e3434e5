package com.interviewiq.engine.monitor;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.interviewiq.engine.db.PoolStats;

import java.time.Instant;

/**
 * One tick of the monitor: the active backend's pool gauges at {@code time}, and rates and
 * latency percentiles over the interval that ended then. Rates divide by {@code intervalSeconds},
 * the real time since the previous tick. {@code gapBefore} marks a tick that came late (the
 * sampler stalled: laptop sleep, overload): charts draw a gap before it rather than a line.
 * Latencies are in milliseconds; statement latency is for single statements, transaction
 * latency for whole transactions including the wait for a connection.
 * <p>
 * Outside, a sample stays flat: the JSON of /monitoring/database and the CSV export name every
 * value at the top level as they always have (scripts and spreadsheets read them), so the parts
 * are unwrapped there and the flat accessors below read through to them.
 */
public record MetricsSample(Instant time, String mode, @JsonUnwrapped PoolStats pool, @JsonUnwrapped Rates rates,
                            @JsonUnwrapped Latency latency, @JsonUnwrapped Totals totals, double intervalSeconds,
                            boolean gapBefore) {

    public static final String CSV_HEADER = "time,mode,active,idle,pending,total,max,statements_per_s,transactions_per_s,"
            + "errors_per_s,p50_ms,p95_ms,p99_ms,max_ms,transaction_p99_ms,acquire_p99_ms,commits,rollbacks,errors,"
            + "interval_s,gap_before";

    /**
     * Per second over the interval; errors are database errors (not a caller's own exception).
     * {@code processCpuCores} is the engine process's CPU time per second of real time (1.5 = one
     * and a half cores busy, all threads), NaN where it was not recorded (samples made before it was).
     */
    public record Rates(double statementsPerSecond, double transactionsPerSecond, double errorsPerSecond,
                        double processCpuCores) {
        public static final Rates NONE = new Rates(0, 0, 0, 0);

        /** Without the process CPU (not recorded). */
        public Rates(double statementsPerSecond, double transactionsPerSecond, double errorsPerSecond) {
            this(statementsPerSecond, transactionsPerSecond, errorsPerSecond, Double.NaN);
        }
    }

    /**
     * Milliseconds over the interval: statement percentiles and maximum, whole transactions, connection
     * waits. The means are what Little's law needs (the pool advisor): a whole transaction's mean time
     * includes its wait for a connection, so the time a connection is held is their difference. NaN
     * where they were not recorded.
     */
    public record Latency(double p50Ms, double p95Ms, double p99Ms, double maxMs, double transactionP99Ms,
                          double acquireP99Ms, double transactionMeanMs, double acquireMeanMs) {
        public static final Latency NONE = new Latency(0, 0, 0, 0, 0, 0, 0, 0);

        /** Without the means (not recorded). */
        public Latency(double p50Ms, double p95Ms, double p99Ms, double maxMs, double transactionP99Ms, double acquireP99Ms) {
            this(p50Ms, p95Ms, p99Ms, maxMs, transactionP99Ms, acquireP99Ms, Double.NaN, Double.NaN);
        }
    }

    /** Counted since the engine started (never reset): the rates come from their deltas. */
    public record Totals(long commits, long rollbacks, long errors) {
        public static final Totals NONE = new Totals(0, 0, 0);
    }

    /** Only the pool's gauges, nothing measured over time: what health judges before the first tick. */
    public static MetricsSample gaugesOnly(Instant time, String mode, PoolStats pool) {
        return new MetricsSample(time, mode, pool, Rates.NONE, Latency.NONE, Totals.NONE, 0, false);
    }

    public double utilisation() {
        return pool.utilisation();
    }

    public String csvLine() {
        return String.join(",", time.toString(), mode, Integer.toString(active()), Integer.toString(idle()),
                Integer.toString(pending()), Integer.toString(total()), Integer.toString(max()), n(statementsPerSecond()),
                n(transactionsPerSecond()), n(errorsPerSecond()), n(p50Ms()), n(p95Ms()), n(p99Ms()), n(maxMs()),
                n(transactionP99Ms()), n(acquireP99Ms()), Long.toString(commits()), Long.toString(rollbacks()),
                Long.toString(errors()), n(intervalSeconds), Boolean.toString(gapBefore));
    }

    private static String n(double v) {
        return String.format(java.util.Locale.ROOT, "%.3f", v);
    }

    /** What health judges from this sample. */
    public com.interviewiq.engine.health.Load load() {
        return new com.interviewiq.engine.health.Load(utilisation(), pending(), p99Ms(), errorsPerSecond());
    }

    // The flat view the charts, tiles and exports read (and read before the sample had parts).

    public int active() {
        return pool.active();
    }

    public int idle() {
        return pool.idle();
    }

    public int pending() {
        return pool.pending();
    }

    public int total() {
        return pool.total();
    }

    public int max() {
        return pool.max();
    }

    public double statementsPerSecond() {
        return rates.statementsPerSecond();
    }

    public double transactionsPerSecond() {
        return rates.transactionsPerSecond();
    }

    public double errorsPerSecond() {
        return rates.errorsPerSecond();
    }

    public double p50Ms() {
        return latency.p50Ms();
    }

    public double p95Ms() {
        return latency.p95Ms();
    }

    public double p99Ms() {
        return latency.p99Ms();
    }

    public double maxMs() {
        return latency.maxMs();
    }

    public double transactionP99Ms() {
        return latency.transactionP99Ms();
    }

    public double acquireP99Ms() {
        return latency.acquireP99Ms();
    }

    public double transactionMeanMs() {
        return latency.transactionMeanMs();
    }

    public double acquireMeanMs() {
        return latency.acquireMeanMs();
    }

    public double processCpuCores() {
        return rates.processCpuCores();
    }

    public long commits() {
        return totals.commits();
    }

    public long rollbacks() {
        return totals.rollbacks();
    }

    public long errors() {
        return totals.errors();
    }
}
