package com.interviewiq.engine.bench;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * {@code concurrency} callers, each issuing the next step as soon as its previous one finished
 * (a closed loop), first for the warm-up and then for the measured duration. Callers are chains
 * of stages, not threads, so thousands cost little. Each caller gets its own step source (a
 * workload may keep per-caller state, such as an interview in progress); when {@code cancelled}
 * turns true the callers stop after the step they are in.
 */
final class ClosedLoop {
    private static final java.util.concurrent.Executor HOP = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor();

    private ClosedLoop() {
    }

    static LoadResult run(int concurrency, Duration warmup, Duration duration,
                          IntFunction<Supplier<CompletionStage<?>>> stepsOfCaller, Supplier<Histogram> acquireInterval,
                          LongSupplier statementsSoFar, BooleanSupplier cancelled) {
        List<Supplier<CompletionStage<?>>> steps = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            steps.add(stepsOfCaller.apply(i));
        }
        drive(steps, warmup, null, new AtomicLong(), cancelled);
        acquireInterval.get(); // drop the warm-up's acquire waits
        long statements0 = statementsSoFar.getAsLong();
        Recorder latency = new Recorder(3);
        AtomicLong errors = new AtomicLong();
        long cpu0 = ProcessStats.cpuNanos();
        long t0 = System.nanoTime();
        drive(steps, duration, latency, errors, cancelled);
        double seconds = (System.nanoTime() - t0) / 1e9;
        Histogram h = latency.getIntervalHistogram();
        long cpu = ProcessStats.cpuNanos() - cpu0;
        return new LoadResult(h.getTotalCount(), h, acquireInterval.get(), errors.get(), seconds, cpu,
                statementsSoFar.getAsLong() - statements0);
    }

    private static void drive(List<Supplier<CompletionStage<?>>> steps, Duration length, Recorder latency,
                              AtomicLong errors, BooleanSupplier cancelled) {
        long deadline = System.nanoTime() + length.toNanos();
        List<CompletableFuture<Void>> callers = new ArrayList<>();
        for (Supplier<CompletionStage<?>> step : steps) {
            CompletableFuture<Void> done = new CompletableFuture<>();
            loop(step, deadline, latency, errors, done, cancelled);
            callers.add(done);
        }
        CompletableFuture.allOf(callers.toArray(CompletableFuture[]::new)).join();
    }

    private static void loop(Supplier<CompletionStage<?>> step, long deadline, Recorder latency, AtomicLong errors,
                             CompletableFuture<Void> done, BooleanSupplier cancelled) {
        if (System.nanoTime() >= deadline || cancelled.getAsBoolean()) {
            done.complete(null);
            return;
        }
        long start = System.nanoTime();
        CompletionStage<?> s;
        try {
            s = step.get();
        } catch (RuntimeException e) {
            s = CompletableFuture.failedFuture(e);
        }
        boolean completedAlready = s.toCompletableFuture().isDone();
        s.whenComplete((v, e) -> {
            if (e != null) {
                errors.incrementAndGet();
            } else if (latency != null) {
                latency.recordValue(Math.max(1, (System.nanoTime() - start) / 1000));
            }
            if (completedAlready) {
                // continuing inline would nest this loop on one stack: go on from a fresh one
                HOP.execute(() -> loop(step, deadline, latency, errors, done, cancelled));
            } else {
                loop(step, deadline, latency, errors, done, cancelled); // on the thread that completed the step
            }
        });
    }
}
