package com.interviewiq.engine.db;

/** A snapshot of one pool's gauges, as the pool itself reports them. */
public record PoolStats(int active, int idle, int pending, int total, int max) {
    public static final PoolStats EMPTY = new PoolStats(0, 0, 0, 0, 0);

    /** Active connections as a fraction of the maximum, 0..1. */
    public double utilisation() {
        return max == 0 ? 0 : (double) active / max;
    }
}
