package com.interviewiq.ui.shell;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.evaluation.EvaluatorStatus;
import com.interviewiq.engine.health.HealthReport;
import com.interviewiq.engine.health.HealthStatus;
import com.interviewiq.engine.monitor.MetricsSample;
import com.interviewiq.ui.common.FxThread;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Locale;

/**
 * The status bar's state: database, mode, health and pool use. Fed from the monitor's sampler
 * thread (where health is judged, off the FX thread) and handed to the FX thread.
 */
public final class StatusViewModel {
    private static final String PING = "ping";
    private static final String DOWN = "down";
    private static final java.time.format.DateTimeFormatter SINCE =
            java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss").withZone(java.time.ZoneId.systemDefault());
    private static final java.time.format.DateTimeFormatter EVALUATOR_SINCE =
            java.time.format.DateTimeFormatter.ofPattern("HH:mm").withZone(java.time.ZoneId.systemDefault());
    private final StringProperty database = new SimpleStringProperty("");
    private final StringProperty mode = new SimpleStringProperty("");
    private final StringProperty health = new SimpleStringProperty("…");
    private final StringProperty pool = new SimpleStringProperty("");
    private final DoubleProperty utilisation = new SimpleDoubleProperty();
    private final StringProperty evaluator = new SimpleStringProperty("");
    private final StringProperty evaluatorWhy = new SimpleStringProperty("");
    private Runnable unsubscribe = () -> { };
    private Runnable unwatchEvaluator = () -> { };

    public void bind(Engine engine) {
        database.set(engine.settings().database().location());
        mode.set(engine.backend().mode().label());
        evaluator(engine.evaluator().status());
        // told by the evaluator itself: the notice shows with monitoring off too, the moment the breaker opens
        unwatchEvaluator = engine.evaluator().onChange(e -> FxThread.run(() -> evaluator(e)));
        if (!engine.monitor().enabled()) {
            health.set("monitoring off");
            return;
        }
        unsubscribe = engine.monitor().history().onSample(s -> {
            HealthReport report = engine.health().now(); // judged here, on the sampler thread
            String location = engine.settings().database().location();
            FxThread.run(() -> update(s, report, location));
        });
    }

    /** No engine yet: the database being opened, or the one that could not be, and what is happening. */
    public void offline(String location, String happening) {
        database.set(location + " · " + happening);
        mode.set("–");
        health.set(HealthStatus.DOWN.name());
        pool.set("no connections");
        utilisation.set(0);
    }

    void update(MetricsSample s, HealthReport report, String location) {
        database.set(report.checks().stream()
                .filter(c -> PING.equals(c.name()) && DOWN.equals(c.level()))
                .findFirst()
                .map(c -> location + " · unreachable" + (c.since() == null ? "" : " since " + SINCE.format(c.since()))
                        + ": work fails at once and resumes when it answers")
                .orElse(location));
        mode.set(s.mode());
        health.set(report.status().name());
        pool.set(String.format(Locale.ROOT, "%d/%d active, %d waiting", s.active(), s.max(), s.pending()));
        utilisation.set(s.utilisation());
    }

    /**
     * While the breaker is open: "evaluator: semantic since 14:02 (remote failing)", short enough to
     * leave the rest of the bar readable, with the reason in {@link #evaluatorWhy()}; empty otherwise.
     */
    void evaluator(EvaluatorStatus e) {
        evaluator.set(!e.unavailable() ? "" : "evaluator: " + e.offlineName() + " since "
                + EVALUATOR_SINCE.format(e.unavailableSince()) + " (remote failing)");
        evaluatorWhy.set(!e.unavailable() ? "" : e.reason());
    }

    public void unbind() {
        unsubscribe.run();
        unwatchEvaluator.run();
    }

    public ReadOnlyStringProperty evaluator() {
        return evaluator;
    }

    /** The breaker's reason ("remote evaluator unavailable since ... (last error: ...)"), for a tooltip. */
    public ReadOnlyStringProperty evaluatorWhy() {
        return evaluatorWhy;
    }

    public ReadOnlyStringProperty database() {
        return database;
    }

    public ReadOnlyStringProperty mode() {
        return mode;
    }

    public ReadOnlyStringProperty health() {
        return health;
    }

    public ReadOnlyStringProperty pool() {
        return pool;
    }

    public ReadOnlyDoubleProperty utilisation() {
        return utilisation;
    }
}
