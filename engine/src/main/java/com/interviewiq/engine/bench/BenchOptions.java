package com.interviewiq.engine.bench;

import java.time.Duration;
import java.util.List;

/**
 * A benchmark matrix: modes x concurrency levels x pool sizes, each measured {@code rounds} times.
 * Modes the workload cannot run (raw and raw-async for interview) are kept as asked but skipped: see
 * {@link #measuredModes()}.
 */
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
        if (!workload.rawCanRun() && modes.stream().allMatch(BenchMode::raw)) {
            throw new IllegalArgumentException("the " + workload.label() + " workload needs an engine mode (sync,"
                    + " sync-virtual or async): raw and raw-async have no service layer to run it through");
        }
        modes = List.copyOf(modes);
        concurrency = List.copyOf(concurrency);
        poolSizes = List.copyOf(poolSizes);
    }

    /**
     * Unmeasured runs before the first measured one: each mode once, of {@link #warmingRunLength()}, whenever
     * a warm-up is asked for at all (see {@link BenchmarkRunner}).
     */
    public int warmingRuns() {
        return warmup.isZero() ? 0 : measuredModes().size();
    }

    public Duration warmingRunLength() {
        return warmup.plus(duration);
    }

    /** The modes that run: all asked for, less the raw baselines when the workload goes through the services. */
    public List<BenchMode> measuredModes() {
        return workload.rawCanRun() ? modes : modes.stream().filter(m -> !m.raw()).toList();
    }

    /** The modes asked for that this workload cannot run. */
    public List<BenchMode> skippedModes() {
        return modes.stream().filter(m -> !measuredModes().contains(m)).toList();
    }

    /** Runs in all (the number progress counts to). */
    public int points() {
        return measuredModes().size() * concurrency.size() * poolSizes.size() * rounds;
    }
}
