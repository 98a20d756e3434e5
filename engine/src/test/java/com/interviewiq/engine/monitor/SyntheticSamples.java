package com.interviewiq.engine.monitor;

import com.interviewiq.engine.db.PoolStats;

import java.time.Instant;

/** Samples with chosen values, for histories with known answers. */
final class SyntheticSamples {
    static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");

    private SyntheticSamples() {
    }

    /** A builder starting from a quiet one-second sync sample at {@code T0 + second}. */
    static Builder at(double second) {
        return new Builder(second);
    }

    static final class Builder {
        private final double second;
        private String mode = "sync";
        private int active;
        private int pending;
        private double tps;
        private double sps;
        private double p50;
        private double p95;
        private double p99;
        private double acquireP99;
        private double txMean = Double.NaN;
        private double acquireMean = Double.NaN;
        private double cpu = Double.NaN;
        private double interval = 1;
        private boolean gap;

        private Builder(double second) {
            this.second = second;
        }

        Builder mode(String m) { mode = m; return this; }
        Builder pool(int a, int p) { active = a; pending = p; return this; }
        Builder tps(double v) { tps = v; return this; }
        Builder sps(double v) { sps = v; return this; }
        Builder percentiles(double a, double b, double c) { p50 = a; p95 = b; p99 = c; return this; }
        Builder acquireP99(double v) { acquireP99 = v; return this; }
        Builder means(double tx, double acquire) { txMean = tx; acquireMean = acquire; return this; }
        Builder cpu(double v) { cpu = v; return this; }
        Builder interval(double v) { interval = v; return this; }
        Builder gap() { gap = true; return this; }

        MetricsSample build() {
            return new MetricsSample(T0.plusMillis(Math.round(second * 1000)), mode, new PoolStats(active, 0, pending, active, 50),
                    new MetricsSample.Rates(sps, tps, 0, cpu),
                    new MetricsSample.Latency(p50, p95, p99, p99, p99, acquireP99, txMean, acquireMean),
                    MetricsSample.Totals.NONE, interval, gap);
        }
    }
}
