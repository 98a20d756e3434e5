package com.interviewiq.engine.monitor;

import java.util.ArrayDeque;

/**
 * The engine's transaction tally over the last few seconds, so that it can be read as it was at a
 * moment just past: PostgreSQL's count at an instant describes the transactions up to about half a
 * second before it (see {@link ServerCrossCheck}), and comparing it with the engine's tally at that
 * same earlier moment compares the same transactions, whether or not the rate is changing.
 */
final class TallyTrail {
    /** Points older than this are dropped; the lag looked back over is well under it. */
    static final long KEEP_NANOS = 5_000_000_000L;

    private record Point(long nanos, long tally) {
    }

    private final ArrayDeque<Point> points = new ArrayDeque<>();

    /** Records the tally at an instant (instants must not go back). */
    void record(long nanos, long tally) {
        points.addLast(new Point(nanos, tally));
        while (points.size() > 2 && nanos - points.getFirst().nanos() > KEEP_NANOS) {
            points.removeFirst();
        }
    }

    /**
     * The tally at {@code nanos}, linear between the points either side of it (transactions end
     * at a rate, not in steps of a second); before the oldest point, the oldest tally; after the
     * newest, the newest.
     */
    long at(long nanos) {
        if (points.isEmpty()) {
            throw new IllegalStateException("no tally recorded yet");
        }
        Point before = null;
        for (Point p : points) {
            if (p.nanos() >= nanos) {
                if (before == null || p.nanos() == nanos) {
                    return p.tally();
                }
                double share = (double) (nanos - before.nanos()) / (p.nanos() - before.nanos());
                return before.tally() + Math.round(share * (p.tally() - before.tally()));
            }
            before = p;
        }
        return before.tally();
    }

    void clear() {
        points.clear();
    }
}
