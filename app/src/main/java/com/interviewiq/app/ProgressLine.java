package com.interviewiq.app;

import com.interviewiq.engine.transfer.Progress;

import java.io.PrintWriter;

/** Long work's progress on stderr, a line per tenth done (stdout stays the result, for scripts). */
final class ProgressLine implements Progress {
    private final PrintWriter err;
    private final String verb;
    private final String unit;
    private long lastTenth = -1;

    ProgressLine(PrintWriter err, String verb, String unit) {
        this.err = err;
        this.verb = verb;
        this.unit = unit;
    }

    @Override
    public synchronized void update(long done, long total) {
        if (total < 1000) {
            return; // quick: the result line is enough
        }
        long tenth = done * 10 / total;
        if (tenth != lastTenth) {
            lastTenth = tenth;
            err.printf("%s %,d of %,d %s%n", verb, done, total, unit);
            err.flush();
        }
    }
}
