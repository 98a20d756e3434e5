package com.interviewiq.engine.bench;

import java.time.Duration;
import java.util.List;

/** A benchmark matrix: modes x concurrency levels x pool sizes, each measured {@code rounds} times. */
public record BenchOptions(List<BenchMode> modes, List<Integer> concurrency, List<Integer> poolSizes, Duration duration,
                           Duration warmup, BenchWorkload workload, int rounds) {
    public BenchOptions {
        if (modes.isEmpty() || concurrency.isEmpty() || poolSizes.isEmpty()) {
            throw new IllegalArgumentException("modes, concurrency and pool sizes must each name at least one value");
        }
        if (concurrency.stream().anyMatch(c -> c < 1 || c > 10_000)) {
            throw new IllegalArgumentException("--concurrency values must be 1..10000");
        }
        if (poolSizes.stream().anyMatch(p -> p < 1 || p > 1000)) {
            throw new IllegalArgumentException("--pool-sizes values must be 1..1000");
        }
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("--duration must be positive");
        }
        if (rounds < 1) {
            throw new IllegalArgumentException("--rounds must be at least 1");
        }
        modes = List.copyOf(modes);
        concurrency = List.copyOf(concurrency);
        poolSizes = List.copyOf(poolSizes);
    }

    public int points() {
        return modes.size() * concurrency.size() * poolSizes.size() * rounds;
    }
}
