package com.interviewiq.engine.health;

import java.time.Duration;
import java.time.Instant;

/**
 * One threshold check's trigger state. A new level becomes active only after it has held for
 * the sustain time; a raise within the quiet period after the previous raise is held back.
 */
final class CheckState {
    enum Level { OK, WARN, CRITICAL }

    private final String name;
    private final String unit;
    private final double warn;
    private final double critical;
    private Level active = Level.OK;
    private Instant activeSince;
    private Level candidate = Level.OK;
    private Instant candidateSince;
    private Instant lastRaised;
    private double lastValue = Double.NaN;

    CheckState(String name, String unit, double warn, double critical, Instant start) {
        this.name = name;
        this.unit = unit;
        this.warn = warn;
        this.critical = critical;
        this.activeSince = start;
        this.candidateSince = start;
    }

    /** Feeds one observation; returns the alert this causes, or null. */
    Alert observe(double value, Instant now, Duration sustain, Duration quiet) {
        lastValue = value;
        Level level = value >= critical ? Level.CRITICAL : value >= warn ? Level.WARN : Level.OK;
        if (level != candidate) {
            candidate = level;
            candidateSince = now;
        }
        boolean held = Duration.between(candidateSince, now).compareTo(sustain) >= 0;
        if (candidate == active || !held) {
            return null;
        }
        if (candidate.compareTo(active) > 0) {
            if (lastRaised != null && Duration.between(lastRaised, now).compareTo(quiet) < 0) {
                return null; // still in the quiet period after the previous raise
            }
            active = candidate;
            activeSince = candidateSince;
            lastRaised = now;
            double threshold = active == Level.CRITICAL ? critical : warn;
            return new Alert(now, name, Alert.RAISED, label(active), value, threshold,
                    name + " " + fmt(value) + unit + " has been at or above " + fmt(threshold) + unit + " ("
                            + label(active) + ") for " + sustain.toSeconds() + " s");
        }
        Level before = active;
        active = candidate;
        activeSince = candidateSince;
        if (active == Level.OK) {
            return new Alert(now, name, Alert.CLEARED, label(Level.OK), value, warn,
                    name + " back to " + fmt(value) + unit + ", below " + fmt(warn) + unit);
        }
        return new Alert(now, name, Alert.CLEARED, label(active), value, critical,
                name + " eased from " + label(before) + " to " + label(active) + " at " + fmt(value) + unit);
    }

    boolean alerting() {
        return active != Level.OK;
    }

    CheckResult result(String detail) {
        return new CheckResult(name, label(active), Double.isNaN(lastValue) ? null : round(lastValue), unit.strip(),
                warn, critical, activeSince, detail);
    }

    static String label(Level l) {
        return l.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(java.util.Locale.ROOT, "%.2f", v);
    }
}
