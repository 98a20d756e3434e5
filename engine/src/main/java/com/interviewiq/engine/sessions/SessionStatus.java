package com.interviewiq.engine.sessions;

import java.util.Locale;

public enum SessionStatus {
    PLANNED, IN_PROGRESS, PAUSED, COMPLETED, ABANDONED;

    /** As stored and exported: planned, in_progress, paused, completed, abandoned. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SessionStatus fromLabel(String label) {
        return valueOf(label.trim().toUpperCase(Locale.ROOT));
    }

    public boolean isOpen() {
        return this == PLANNED || this == IN_PROGRESS || this == PAUSED;
    }
}
