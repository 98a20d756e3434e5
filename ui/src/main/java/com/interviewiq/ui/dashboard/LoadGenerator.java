package com.interviewiq.ui.dashboard;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.simulate.SimulationOptions;
import com.interviewiq.engine.simulate.SimulationResult;
import com.interviewiq.engine.simulate.Simulator;
import com.interviewiq.engine.transfer.Progress;
import com.interviewiq.ui.common.FxThread;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.util.Duration;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * "Generate load": runs the simulate workload inside the console (complete interviews through
 * the real services, {@code concurrency} at a time) until stopped, and reports its progress
 * about once a second. FX thread only; the work itself runs on the engine's threads.
 */
public final class LoadGenerator {
    public static final int MAX_CONCURRENCY = 1024;
    public static final int DEFAULT_CONCURRENCY = 16;
    static final int QUESTIONS_PER_SESSION = 5;
    static final long SEED = 42;

    public enum State { IDLE, PREPARING, RUNNING, STOPPING }

    private final Engine engine;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.IDLE);
    private final ReadOnlyIntegerWrapper sessions = new ReadOnlyIntegerWrapper();
    private final ReadOnlyLongWrapper answers = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper errors = new ReadOnlyLongWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("Not running.");
    private final Timeline poll = new Timeline(new KeyFrame(Duration.seconds(1), e -> refresh()));
    private Simulator.Run run;

    public LoadGenerator(Engine engine) {
        this.engine = engine;
        poll.setCycleCount(Timeline.INDEFINITE);
    }

    /** Starts at the given concurrency; imports the sample bank first if the bank is empty. */
    public void start(int concurrency) {
        if (state.get() != State.IDLE) {
            return;
        }
        int c = Math.clamp(concurrency, 1, MAX_CONCURRENCY);
        state.set(State.PREPARING);
        sessions.set(0);
        answers.set(0);
        errors.set(0);
        message.set("Preparing…");
        FxThread.then(ensureQuestions(), imported -> begin(c, imported), this::failed);
    }

    /** Lets in-flight interviews finish and starts no new ones; the state returns to IDLE when they have. */
    public void stop() {
        switch (state.get()) {
            case RUNNING -> {
                run.stop();
                state.set(State.STOPPING);
                message.set("Stopping: letting the interviews in progress finish…");
            }
            case PREPARING -> state.set(State.STOPPING); // begin() sees it and does not start
            default -> { }
        }
    }

    private CompletionStage<Integer> ensureQuestions() {
        return engine.questions().count().thenCompose(n -> n > 0
                ? CompletableFuture.completedFuture(0)
                : engine.transfer().importSampleBank().thenApply(r -> r.imported()));
    }

    private void begin(int concurrency, int imported) {
        if (state.get() == State.STOPPING) {
            state.set(State.IDLE);
            message.set("Not started.");
            return;
        }
        run = engine.simulator().prepare(new SimulationOptions(Integer.MAX_VALUE, concurrency, QUESTIONS_PER_SESSION,
                List.of(), null, SEED), Progress.NONE);
        state.set(State.RUNNING);
        message.set((imported > 0 ? "Loaded " + imported + " sample questions into the empty bank. " : "")
                + "Running " + concurrency + " interviews at a time (" + engine.backend().mode().label() + ").");
        poll.play();
        FxThread.then(engine.simulator().start(run), this::finished, this::failed);
    }

    private void finished(SimulationResult r) {
        poll.stop();
        refresh();
        state.set(State.IDLE);
        message.set(String.format(Locale.ROOT, "Stopped after %.0f s: %d interviews, %d answers (%.1f steps/s), %d errors.",
                r.durationSeconds(), r.sessionsCompleted(), r.answersAcknowledged(), r.stepsPerSecond(), r.errors()));
    }

    private void failed(Throwable e) {
        poll.stop();
        refresh();
        state.set(State.IDLE);
        message.set("Load generation failed: " + FxThread.message(e));
    }

    /** Reads the run's counters (atomics, no database). */
    void refresh() {
        if (run != null) {
            sessions.set(run.sessionsCompleted());
            answers.set(run.answersAcknowledged());
            errors.set(run.errors());
        }
    }

    public ReadOnlyObjectProperty<State> state() {
        return state.getReadOnlyProperty();
    }

    /** True from start until the last interview has finished after a stop. */
    public BooleanBinding busy() {
        return Bindings.createBooleanBinding(() -> state.get() != State.IDLE, state);
    }

    public ReadOnlyIntegerProperty sessions() {
        return sessions.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty answers() {
        return answers.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty errors() {
        return errors.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }
}
