package com.interviewiq.engine.monitor;

import java.time.Instant;

/**
 * One tick of the monitor: the active backend's pool gauges at {@code time}, and rates and
 * latency percentiles over the interval that ended then. Rates divide by {@code intervalSeconds},
 * the real time since the previous tick. {@code gapBefore} marks a tick that came late (the
 * sampler stalled: laptop sleep, overload): charts draw a gap before it rather than a line.
 * Latencies are in milliseconds; statement latency is for single statements, transaction
 * latency for whole transactions including the wait for a connection.
 */
public record MetricsSample(Instant time, String mode, int active, int idle, int pending, int total, int max,
                            double statementsPerSecond, double transactionsPerSecond, double errorsPerSecond,
                            double p50Ms, double p95Ms, double p99Ms, double maxMs, double transactionP99Ms,
                            double acquireP99Ms, long commits, long rollbacks, long errors, double intervalSeconds,
                            boolean gapBefore) {

    public static final String CSV_HEADER = "time,mode,active,idle,pending,total,max,statements_per_s,transactions_per_s,"
            + "errors_per_s,p50_ms,p95_ms,p99_ms,max_ms,transaction_p99_ms,acquire_p99_ms,commits,rollbacks,errors,"
            + "interval_s,gap_before";

    public double utilisation() {
        return max == 0 ? 0 : (double) active / max;
    }

    public String csvLine() {
        return String.join(",", time.toString(), mode, Integer.toString(active), Integer.toString(idle),
                Integer.toString(pending), Integer.toString(total), Integer.toString(max), n(statementsPerSecond),
                n(transactionsPerSecond), n(errorsPerSecond), n(p50Ms), n(p95Ms), n(p99Ms), n(maxMs),
                n(transactionP99Ms), n(acquireP99Ms), Long.toString(commits), Long.toString(rollbacks),
                Long.toString(errors), n(intervalSeconds), Boolean.toString(gapBefore));
    }

    private static String n(double v) {
        return String.format(java.util.Locale.ROOT, "%.3f", v);
    }

    /** What health judges from this sample. */
    public com.interviewiq.engine.health.Load load() {
        return new com.interviewiq.engine.health.Load(utilisation(), pending(), p99Ms(), errorsPerSecond());
    }
}
