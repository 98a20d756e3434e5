package com.interviewiq.engine.simulate;

import com.interviewiq.engine.db.Drain;
import com.interviewiq.engine.config.Mode;
import com.interviewiq.engine.db.SwitchResult;
import org.HdrHistogram.Histogram;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Toggles sync/async on a period while a workload runs (simulate --switch-every), one switch at
 * a time, and records how long each took.
 */
public final class ModeToggler implements AutoCloseable {
    private final Supplier<Mode> current;
    private final Function<Mode, CompletionStage<SwitchResult>> switcher;
    private final Duration every;
    private final ScheduledExecutorService timer;
    private final Histogram durationsMs = new Histogram(3);
    private final List<String> refusals = new CopyOnWriteArrayList<>();
    private int switches;

    public ModeToggler(Supplier<Mode> current, Function<Mode, CompletionStage<SwitchResult>> switcher, Duration every) {
        this.current = current;
        this.switcher = switcher;
        this.every = every;
        this.timer = Executors.newSingleThreadScheduledExecutor(Drain.daemonThreads("mode-toggler"));
    }

    public void start() {
        timer.scheduleWithFixedDelay(this::toggle, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void toggle() {
        Mode next = current.get() == Mode.SYNC ? Mode.ASYNC : Mode.SYNC;
        try {
            SwitchResult r = switcher.apply(next).toCompletableFuture().get(5, TimeUnit.MINUTES);
            synchronized (this) {
                if (r.switched()) {
                    switches++;
                    durationsMs.recordValue(Math.max(0, r.durationMillis()));
                } else {
                    refusals.add(r.summary());
                }
            }
        } catch (Exception e) {
            refusals.add(String.valueOf(e.getMessage()));
        }
    }

    public synchronized int switches() {
        return switches;
    }

    public List<String> refusals() {
        return List.copyOf(refusals);
    }

    /** Switch durations in milliseconds. */
    public synchronized LatencyMs durations() {
        if (durationsMs.getTotalCount() == 0) {
            return new LatencyMs(0, 0, 0, 0);
        }
        return new LatencyMs(durationsMs.getValueAtPercentile(50), durationsMs.getValueAtPercentile(95),
                durationsMs.getValueAtPercentile(99), durationsMs.getMaxValue());
    }

    /** Stops toggling and waits for a switch in progress to finish. */
    @Override
    public void close() {
        timer.shutdown();
        try {
            timer.awaitTermination(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The run's result with the switch figures filled in. */
    public SimulationResult into(SimulationResult r) {
        return new SimulationResult(r.mode(), r.sessionsPlanned(), r.sessionsCompleted(), r.answersAcknowledged(),
                r.answersStored(), r.errors(), r.errorSamples(), r.durationSeconds(), r.steps(), r.stepsPerSecond(),
                r.latencyMs(), r.slowestCallerSteps(), switches(), durations());
    }
}
