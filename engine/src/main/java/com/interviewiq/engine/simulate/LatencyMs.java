package com.interviewiq.engine.simulate;

import org.HdrHistogram.Histogram;

/** Latency percentiles in milliseconds, from a histogram recorded in microseconds. */
public record LatencyMs(double p50, double p95, double p99, double max) {
    public static LatencyMs of(Histogram microsHistogram) {
        if (microsHistogram.getTotalCount() == 0) {
            return new LatencyMs(0, 0, 0, 0);
        }
        return new LatencyMs(ms(microsHistogram.getValueAtPercentile(50)), ms(microsHistogram.getValueAtPercentile(95)),
                ms(microsHistogram.getValueAtPercentile(99)), ms(microsHistogram.getMaxValue()));
    }

    private static double ms(long micros) {
        return Math.round(micros / 10.0) / 100.0;
    }
}
