package com.interviewiq.engine.db;

/** Where a running switch is, for the UI: "draining 12 in-flight...". */
public record SwitchProgress(Phase phase, int inFlightRemaining, String message) {
    public enum Phase { OPENING, CHECKING, DRAINING, DONE, FAILED }
}
