package com.interviewiq.ui.dashboard;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.db.ServerConnections;
import com.interviewiq.engine.health.Alert;
import com.interviewiq.engine.health.AlertLog;
import com.interviewiq.engine.monitor.MetricsEvent;
import com.interviewiq.engine.monitor.MetricsHistory;
import com.interviewiq.engine.monitor.MetricsSample;
import com.interviewiq.engine.monitor.ServerCheck;
import com.interviewiq.ui.common.FxThread;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Feeds the Dashboard's view model from the engine's monitor: samples with the health judged
 * beside them on the sampler thread (a health check may ping: never on the FX thread), events and
 * alerts, each handed to the FX thread in batches. No controls here.
 */
final class DashboardFeed {
    /** A sample with what the sampler thread judged alongside it. */
    private record Tick(MetricsSample sample, String health, String database, ServerConnections server,
                        ServerCheck serverCheck) {
    }

    private final Engine engine;
    private final DashboardViewModel model;
    private final List<Runnable> subscriptions = new ArrayList<>();

    DashboardFeed(Engine engine, DashboardViewModel model) {
        this.engine = engine;
        this.model = model;
    }

    /** Listens first, then loads the history: a sample that arrives in between is in both, and the model drops repeats. */
    void start() {
        MetricsHistory history = engine.monitor().history();
        AlertLog alertLog = engine.health().alerts();
        FxInbox<Tick> ticks = new FxInbox<>(this::show);
        FxInbox<MetricsEvent> events = new FxInbox<>(model::addEvents);
        FxInbox<Alert> alerts = new FxInbox<>(model::addAlerts);
        subscriptions.add(history.onSample(s -> ticks.offer(judge(s))));
        subscriptions.add(history.onEvent(events::offer));
        subscriptions.add(alertLog.onAlert(alerts::offer));
        model.append(history.samples());
        model.addEvents(history.events());
        model.addAlerts(alertLog.all());
    }

    /** The health tile at once, judged off the FX thread. */
    void refreshHealth() {
        FxThread.then(CompletableFuture.supplyAsync(() -> engine.health().now()),
                r -> model.health(r.status().name()), e -> model.health("unknown"));
    }

    /** On the sampler thread: must not throw (it would skip the engine's own health judgement). */
    private Tick judge(MetricsSample s) {
        String health;
        try {
            health = engine.health().now().status().name();
        } catch (RuntimeException e) {
            health = "unknown";
        }
        return new Tick(s, health, engine.settings().database().location(),
                engine.health().serverConnections(), engine.serverCheck() == null ? null : engine.serverCheck().latest());
    }

    private void show(List<Tick> batch) {
        model.append(batch.stream().map(Tick::sample).toList());
        Tick last = batch.getLast();
        model.health(last.health());
        model.database(last.database());
        model.serverConnections(last.server());
        model.tiles().serverCheck().show(last.serverCheck());
    }

    /** Stops listening to the engine. */
    void close() {
        subscriptions.forEach(Runnable::run);
        subscriptions.clear();
    }
}
