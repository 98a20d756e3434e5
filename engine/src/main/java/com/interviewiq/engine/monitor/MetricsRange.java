package com.interviewiq.engine.monitor;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A stretch of time on the samples' clock. A sample belongs to it when the interval it measured
 * ends inside it ({@code from} excluded, {@code to} included), so two adjacent ranges never count
 * a sample twice. Works on any list of samples: the live history or a replayed recording.
 */
public record MetricsRange(Instant from, Instant to) {
    public MetricsRange {
        if (from == null || to == null || !to.isAfter(from)) {
            throw new IllegalArgumentException("a time range must end after it starts, got " + from + " to " + to);
        }
    }

    public Duration length() {
        return Duration.between(from, to);
    }

    public boolean holds(MetricsSample s) {
        return s.time().isAfter(from) && !s.time().isAfter(to);
    }

    public List<MetricsSample> of(List<MetricsSample> samples) {
        return samples.stream().filter(this::holds).toList();
    }
}
