package com.interviewiq.engine.db;

import java.time.Instant;

/**
 * The outcome of a switch. When {@code switched} is false the engine stayed on {@code from}
 * and {@code reason} says why. {@code drained} transactions were in flight on the old backend
 * at the flip and finished there; {@code cutOff} were still running at the drain deadline and
 * failed with a clear error.
 */
public record SwitchResult(boolean switched, BackendSpec from, BackendSpec to, String reason, int drained, int cutOff,
                           long durationMillis, Instant at) {

    public String summary() {
        if (!switched) {
            return "stayed on " + from.mode().label() + ": " + reason;
        }
        return from.mode().label() + " → " + to.mode().label() + " in " + durationMillis + " ms, drained " + drained
                + " in-flight" + (cutOff > 0 ? ", " + cutOff + " cut off at the deadline" : "");
    }
}
