package com.interviewiq.engine.health;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** The most recent alerts (bounded), queryable and observable. */
public final class AlertLog {
    private static final int CAPACITY = 1000;
    private final ArrayDeque<Alert> alerts = new ArrayDeque<>();
    private final List<Consumer<Alert>> listeners = new CopyOnWriteArrayList<>();

    void add(Alert alert) {
        synchronized (this) {
            if (alerts.size() == CAPACITY) {
                alerts.removeFirst();
            }
            alerts.addLast(alert);
        }
        listeners.forEach(l -> l.accept(alert));
    }

    public synchronized List<Alert> all() {
        return List.copyOf(alerts);
    }

    public synchronized List<Alert> since(Instant from) {
        return alerts.stream().filter(a -> !a.time().isBefore(from)).toList();
    }

    public Runnable onAlert(Consumer<Alert> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
