package com.interviewiq.engine.health;

/** UP: all checks pass; DEGRADED: a warning threshold is crossed; DOWN: the database cannot serve. */
public enum HealthStatus {
    UP, DEGRADED, DOWN;

    public HealthStatus worst(HealthStatus other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
