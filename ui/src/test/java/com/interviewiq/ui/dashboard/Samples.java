package com.interviewiq.ui.dashboard;

import com.interviewiq.engine.monitor.MetricsSample;
import com.interviewiq.engine.db.PoolStats;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Synthetic monitor samples with plausible, moving values (no engine needed). */
final class Samples {
    private Samples() {
    }

    static MetricsSample at(Instant time, int i, boolean gapBefore) {
        double wave = Math.sin(i / 30.0);
        int active = (int) Math.round(10 + 8 * wave);
        int idle = Math.max(0, 20 - active);
        int pending = i % 17 == 0 ? 3 : 0;
        double statements = 400 + 150 * wave;
        double p99 = 4 + 2 * Math.cos(i / 20.0);
        return new MetricsSample(time, "sync", new PoolStats(active, idle, pending, active + idle, 50),
                new MetricsSample.Rates(statements, statements / 4, i % 97 == 0 ? 0.5 : 0),
                new MetricsSample.Latency(p99 / 3, p99 / 1.5, p99, p99 * 2, p99 * 1.2, p99 / 10),
                new MetricsSample.Totals(i * 100L, 0, 0), 1.0, gapBefore);
    }

    /** {@code n} samples one second apart starting at {@code start}. */
    static List<MetricsSample> run(Instant start, int n) {
        List<MetricsSample> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(at(start.plus(Duration.ofSeconds(i)), i, false));
        }
        return out;
    }
}
