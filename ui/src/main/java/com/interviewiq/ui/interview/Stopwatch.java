package com.interviewiq.ui.interview;

import java.util.function.LongSupplier;

/**
 * Time spent on something, not counting pauses, read from a monotonic clock (wall-clock jumps
 * must not eat a candidate's time). Used for a question's countdown and the interview's clock.
 */
final class Stopwatch {
    private final LongSupplier nanos;
    private long accumulatedNanos;
    private long runningSince = -1;

    Stopwatch(LongSupplier nanos) {
        this.nanos = nanos;
    }

    static Stopwatch system() {
        return new Stopwatch(System::nanoTime);
    }

    /** Starts over from {@code alreadyMillis} (time counted before this console saw it) and runs. */
    void restart(long alreadyMillis) {
        accumulatedNanos = Math.max(0, alreadyMillis) * 1_000_000L;
        runningSince = nanos.getAsLong();
    }

    void pause() {
        if (runningSince >= 0) {
            accumulatedNanos += nanos.getAsLong() - runningSince;
            runningSince = -1;
        }
    }

    void resume() {
        if (runningSince < 0) {
            runningSince = nanos.getAsLong();
        }
    }

    boolean running() {
        return runningSince >= 0;
    }

    long elapsedMillis() {
        long n = accumulatedNanos + (runningSince >= 0 ? nanos.getAsLong() - runningSince : 0);
        return n / 1_000_000L;
    }

    /** "m:ss", or "h:mm:ss" past an hour; negative durations are shown as 0:00. */
    static String clock(long millis) {
        long s = Math.max(0, millis) / 1000;
        long h = s / 3600;
        return h > 0 ? String.format("%d:%02d:%02d", h, (s % 3600) / 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }
}
