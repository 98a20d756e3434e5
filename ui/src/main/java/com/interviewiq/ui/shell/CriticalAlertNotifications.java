package com.interviewiq.ui.shell;

import com.interviewiq.engine.health.Alert;
import com.interviewiq.engine.health.AlertLog;

import java.util.function.Supplier;

/**
 * Tells the desktop when a health check goes critical or the database goes down: an admin who
 * is looking at another window still hears of it. Only raises to those levels notify; warnings,
 * easing and clearing do not. With the setting off nothing is asked of the desktop at all, and
 * the notifier is made only when the first such alert arrives (AWT stays off the start path).
 */
final class CriticalAlertNotifications {
    private final Supplier<DesktopNotifier> factory;
    private DesktopNotifier notifier; // guarded by this

    private CriticalAlertNotifications(Supplier<DesktopNotifier> factory) {
        this.factory = factory;
    }

    /** Listens to {@code log}; the returned action stops listening. */
    static Runnable watch(AlertLog log, boolean enabled, Supplier<DesktopNotifier> factory) {
        if (!enabled) {
            return () -> { };
        }
        CriticalAlertNotifications n = new CriticalAlertNotifications(factory);
        return log.onAlert(n::onAlert);
    }

    /** Whether this alert is one the desktop hears of. */
    static boolean notifies(Alert a) {
        return Alert.RAISED.equals(a.kind()) && ("critical".equals(a.level()) || "down".equals(a.level()));
    }

    /** Called on the thread that raised the alert (the sampler's); the notifier hands off at once. */
    void onAlert(Alert a) {
        if (notifies(a)) {
            notifier().show("InterviewIQ: " + a.check() + " " + a.level(), a.message());
        }
    }

    private synchronized DesktopNotifier notifier() {
        if (notifier == null) {
            notifier = factory.get();
        }
        return notifier;
    }
}
