package com.interviewiq.ui.health;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.health.Alert;
import com.interviewiq.engine.health.HealthReport;

import java.util.List;

/**
 * Where the Health screen reads from: the running engine's monitor, or, before the console has an
 * engine, the start attempts (the database check is down with their reason, the log lists them).
 * With a recording engine the alert log begins with the previous run's alerts, marked so.
 */
public interface HealthSource {
    /** Judges health now; may ping the database, so never called on the FX thread. */
    HealthReport health();

    /** The alert log, oldest first. */
    List<Alert> alerts();

    /** Calls {@code listener} (on any thread) whenever health may have changed; returns how to stop. */
    Runnable onChange(Runnable listener);

    static HealthSource of(Engine engine) {
        return new HealthSource() {
            @Override
            public HealthReport health() {
                return engine.health().now();
            }

            @Override
            public List<Alert> alerts() {
                // the previous run's alerts (from its recording) first: a restart does not wipe last night's
                List<Alert> all = new java.util.ArrayList<>();
                engine.recorder().ifPresent(r -> r.previousAlerts().forEach(a -> all.add(new Alert(a.time(), a.check(),
                        a.kind(), a.level(), a.value(), a.threshold(), "(previous run) " + a.message()))));
                all.addAll(engine.health().alerts().all());
                return all;
            }

            @Override
            public Runnable onChange(Runnable listener) {
                Runnable samples = engine.monitor().history().onSample(s -> listener.run());
                Runnable raised = engine.health().alerts().onAlert(a -> listener.run());
                return () -> {
                    samples.run();
                    raised.run();
                };
            }
        };
    }
}
