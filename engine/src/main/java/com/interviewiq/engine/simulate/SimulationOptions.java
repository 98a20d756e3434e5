package com.interviewiq.engine.simulate;

import java.time.Duration;
import java.util.List;

/**
 * A simulate run: {@code sessions} complete interviews of {@code questionsPerSession} questions,
 * {@code concurrency} at a time, over the given track (empty = every category with ready
 * questions). {@code seed} makes the generated answers repeatable.
 */
public record SimulationOptions(int sessions, int concurrency, int questionsPerSession, List<String> track,
                                Duration switchEvery, long seed) {
    public SimulationOptions {
        if (sessions < 1) {
            throw new IllegalArgumentException("--sessions must be at least 1, got " + sessions);
        }
        if (concurrency < 1 || concurrency > 10_000) {
            throw new IllegalArgumentException("--concurrency must be 1..10000, got " + concurrency);
        }
        if (questionsPerSession < 1 || questionsPerSession > 100) {
            throw new IllegalArgumentException("--questions must be 1..100, got " + questionsPerSession);
        }
        track = track == null ? List.of() : List.copyOf(track);
    }
}
