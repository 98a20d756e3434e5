package com.interviewiq.engine.bench;

/**
 * What a running benchmark tells its caller, from the benchmark's thread (listeners must not
 * block): which run starts, how many have finished, and each point as soon as all its rounds are in.
 */
public interface BenchListener {
    /** The unmeasured run that warms {@code mode} starts, the {@code nth} of {@code of} (before any measured run). */
    default void warming(BenchMode mode, int nth, int of) {
    }

    /** A run of {@code mode} starts; {@code done} of {@code total} runs have finished. */
    default void measuring(BenchMode mode, int concurrency, int poolSize, int round, int done, int total) {
    }

    /** {@code done} of {@code total} runs have finished. */
    default void progress(int done, int total) {
    }

    /** A point is complete: partial results for a live view. */
    default void measured(BenchPoint point) {
    }
}
