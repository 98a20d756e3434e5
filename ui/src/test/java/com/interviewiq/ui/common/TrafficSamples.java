package com.interviewiq.ui.common;

import com.interviewiq.engine.db.PoolStats;
import com.interviewiq.engine.monitor.MetricsSample;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Steady synthetic traffic, one sample a second, with the values the A/B view and the pool advisor read. */
public final class TrafficSamples {
    private TrafficSamples() {
    }

    /**
     * {@code seconds} samples ending one second apart after {@code start}: {@code tps} transactions/s,
     * four statements each, p95 {@code p95Ms}, each transaction {@code txMeanMs} of which {@code waitMs} waiting.
     */
    public static List<MetricsSample> steady(Instant start, int seconds, String mode, double tps, double p95Ms,
                                             double txMeanMs, double waitMs) {
        List<MetricsSample> out = new ArrayList<>();
        for (int s = 1; s <= seconds; s++) {
            out.add(new MetricsSample(start.plusSeconds(s), mode, new PoolStats(2, 2, 0, 4, 50),
                    new MetricsSample.Rates(4 * tps, tps, 0, 0.5),
                    new MetricsSample.Latency(p95Ms / 3, p95Ms, p95Ms * 2, p95Ms * 3, txMeanMs * 2, waitMs * 2, txMeanMs, waitMs),
                    MetricsSample.Totals.NONE, 1.0, false));
        }
        return out;
    }
}
