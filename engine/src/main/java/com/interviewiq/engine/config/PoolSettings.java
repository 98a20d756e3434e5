package com.interviewiq.engine.config;

import java.time.Duration;

/**
 * Pool sizing shared by both stacks. {@code size} connections are kept ready; up to
 * {@code maxOverflow} more are opened under load and shed again after {@link #OVERFLOW_IDLE}.
 *
 * @param size          Hikari minimumIdle; r2dbc-pool initialSize and minIdle
 * @param maxOverflow   extra connections under load: max = size + overflow
 * @param timeout       Hikari connectionTimeout; r2dbc-pool maxAcquireTime
 * @param recycle       Hikari maxLifetime; r2dbc-pool maxLifeTime
 * @param leakDetection Hikari leakDetectionThreshold (zero = off)
 */
public record PoolSettings(int size, int maxOverflow, Duration timeout, Duration recycle, Duration leakDetection) {
    /** How long an overflow connection may sit idle before it is closed. */
    public static final Duration OVERFLOW_IDLE = Duration.ofSeconds(60);

    public PoolSettings {
        if (size < 1 || size > 1000) {
            throw new SettingsException("pool size must be between 1 and 1000, got " + size);
        }
        if (maxOverflow < 0 || maxOverflow > 1000) {
            throw new SettingsException("max overflow must be between 0 and 1000, got " + maxOverflow);
        }
        if (timeout.compareTo(Duration.ofMillis(250)) < 0 || timeout.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new SettingsException("pool timeout must be between 0.25 and 600 seconds, got "
                    + timeout.toMillis() / 1000.0);
        }
        if (recycle.compareTo(Duration.ofSeconds(30)) < 0) {
            throw new SettingsException("pool recycle must be at least 30 seconds, got " + recycle.toSeconds());
        }
    }

    public int max() {
        return size + maxOverflow;
    }

    public PoolSettings withSize(int newSize, int newOverflow) {
        return new PoolSettings(newSize, newOverflow, timeout, recycle, leakDetection);
    }

    public PoolSettings withTimeout(Duration newTimeout) {
        return new PoolSettings(size, maxOverflow, newTimeout, recycle, leakDetection);
    }
}
