package com.interviewiq.engine.config;

import java.time.Duration;

/**
 * Warn and critical levels per health check. A level must hold for {@code sustain} before an
 * alert fires, and an alert for a check is not raised again within {@code quiet} (the trigger
 * model of JDK Mission Control). {@code serverConnections} is the share of the PostgreSQL server's
 * max_connections in use by all its clients. {@code desktopNotifications}: the console also tells
 * the desktop (system tray) when a check goes critical or the database down.
 */
public record HealthThresholds(Pair pingMs, Pair poolSaturation, Pair pendingAcquires, Pair p99Ms,
                               Pair errorsPerSecond, Pair serverConnections, Duration sustain, Duration quiet,
                               boolean desktopNotifications) {

    /** With desktop notifications on (the default). */
    public HealthThresholds(Pair pingMs, Pair poolSaturation, Pair pendingAcquires, Pair p99Ms, Pair errorsPerSecond,
                            Pair serverConnections, Duration sustain, Duration quiet) {
        this(pingMs, poolSaturation, pendingAcquires, p99Ms, errorsPerSecond, serverConnections, sustain, quiet, true);
    }

    public record Pair(double warn, double critical) {
        @Override
        public String toString() {
            return fmt(warn) + "/" + fmt(critical);
        }

        private static String fmt(double d) {
            return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
        }
    }
}
