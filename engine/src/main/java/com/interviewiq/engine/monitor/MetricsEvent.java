package com.interviewiq.engine.monitor;

import java.time.Instant;

/** Something that happened at a point in time, drawn as a marker on the charts (e.g. a mode switch). */
public record MetricsEvent(Instant time, String kind, String label, String detail) {
    public static final String MODE_SWITCH = "mode-switch";
    public static final String SWITCH_REFUSED = "switch-refused";
    /** Async mode could not start at launch; the engine started in sync instead. */
    public static final String ASYNC_FALLBACK = "async-fallback";
}
