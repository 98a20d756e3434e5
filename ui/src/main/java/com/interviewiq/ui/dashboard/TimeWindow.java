package com.interviewiq.ui.dashboard;

import java.time.Duration;

/** How much recent time the charts show; the history ring holds one hour, so 60 min is the most. */
public enum TimeWindow {
    ONE_MINUTE(1), FIVE_MINUTES(5), FIFTEEN_MINUTES(15), SIXTY_MINUTES(60);

    private final int minutes;

    TimeWindow(int minutes) {
        this.minutes = minutes;
    }

    public Duration duration() {
        return Duration.ofMinutes(minutes);
    }

    public int minutes() {
        return minutes;
    }

    public String label() {
        return minutes + " min";
    }
}
