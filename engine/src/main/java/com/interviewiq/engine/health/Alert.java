package com.interviewiq.engine.health;

import java.time.Instant;

/** A raised or cleared alert, as kept in the alert log. */
public record Alert(Instant time, String check, String kind, String level, Double value, Double threshold, String message) {
    public static final String RAISED = "raised";
    public static final String CLEARED = "cleared";
}
