package com.interviewiq.engine.config;

import java.time.Duration;

/**
 * Pool sizing shared by both stacks, with the seed's (SQLAlchemy's) meaning: {@code size} and
 * {@code maxOverflow} are ceilings, not connections opened at start. A pool opens connections on
 * demand up to {@code size + maxOverflow} and closes idle ones down to {@code minIdle} after
 * {@code idle}, so an idle console holds one connection of a shared server, not twenty.
 *
 * @param size          connections a busy pool keeps (default 20)
 * @param maxOverflow   extra connections under load: max = size + overflow (default 30)
 * @param timeout       Hikari connectionTimeout; r2dbc-pool maxAcquireTime (default 30 s)
 * @param recycle       Hikari maxLifetime; r2dbc-pool maxLifeTime (default 1 h)
 * @param leakDetection Hikari leakDetectionThreshold (zero = off)
 * @param minIdle       Hikari minimumIdle; r2dbc-pool initialSize and minIdle; what a live switch warms (default 1)
 * @param idle          Hikari idleTimeout; r2dbc-pool maxIdleTime: idle connections above minIdle close after it (default 60 s)
 */
public record PoolSettings(int size, int maxOverflow, Duration timeout, Duration recycle, Duration leakDetection,
                           int minIdle, Duration idle) {
    public static final int DEFAULT_MIN_IDLE = 1;
    public static final Duration DEFAULT_IDLE = Duration.ofSeconds(60);
    /** HikariCP will not close idle connections sooner than this (it replaces a shorter value). */
    public static final Duration MIN_IDLE_TIMEOUT = Duration.ofSeconds(10);

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
        if (minIdle < 0 || minIdle > size) {
            throw new SettingsException("pool min idle must be between 0 and the pool size (" + size + "), got " + minIdle);
        }
        if (idle.compareTo(MIN_IDLE_TIMEOUT) < 0 || idle.compareTo(recycle) >= 0) {
            throw new SettingsException("pool idle must be at least " + MIN_IDLE_TIMEOUT.toSeconds()
                    + " seconds and less than the pool recycle (" + recycle.toSeconds() + " s), got " + idle.toSeconds());
        }
    }

    /** A pool with the default min idle (1, or 0 for a zero-size pool) and idle time (60 s, below recycle). */
    public PoolSettings(int size, int maxOverflow, Duration timeout, Duration recycle, Duration leakDetection) {
        this(size, maxOverflow, timeout, recycle, leakDetection, Math.min(DEFAULT_MIN_IDLE, size),
                recycle.compareTo(DEFAULT_IDLE) > 0 ? DEFAULT_IDLE : MIN_IDLE_TIMEOUT);
    }

    public int max() {
        return size + maxOverflow;
    }

    public PoolSettings withSize(int newSize, int newOverflow) {
        return new PoolSettings(newSize, newOverflow, timeout, recycle, leakDetection, Math.min(minIdle, newSize), idle);
    }

    public PoolSettings withTimeout(Duration newTimeout) {
        return new PoolSettings(size, maxOverflow, newTimeout, recycle, leakDetection, minIdle, idle);
    }

    public PoolSettings withIdle(int newMinIdle, Duration newIdle) {
        return new PoolSettings(size, maxOverflow, timeout, recycle, leakDetection, newMinIdle, newIdle);
    }
}
