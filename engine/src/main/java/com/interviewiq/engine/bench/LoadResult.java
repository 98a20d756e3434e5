package com.interviewiq.engine.bench;

import org.HdrHistogram.Histogram;

/**
 * What one measured run produced: completed steps, their latencies (microseconds), errors, time, CPU
 * and the statements sent to the database (counted by the engine's decorator, or by a raw harness).
 */
record LoadResult(long steps, Histogram latencyMicros, Histogram acquireMicros, long errors, double seconds,
                  long cpuNanos, long statements) {
}
