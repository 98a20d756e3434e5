package com.interviewiq.engine.health;

/**
 * What health judges from each monitoring sample: pool saturation, callers waiting, p99 latency
 * and the error rate. The monitor hands it over; health does not know the monitor's samples.
 */
public record Load(double utilisation, int pending, double p99Ms, double errorsPerSecond) {
    /** Nothing in use, nothing waiting: what a pool nobody has asked about looks like. */
    public static final Load IDLE = new Load(0, 0, 0, 0);
}
