package com.interviewiq.engine.bench;

import org.HdrHistogram.Histogram;

/** What one measured run produced: completed steps, their latencies (microseconds), errors, time and CPU. */
record LoadResult(long steps, Histogram latencyMicros, Histogram acquireMicros, long errors, double seconds,
                  long cpuNanos) {
}
